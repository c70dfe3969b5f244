#!/usr/bin/python3
"""Calls a running timeline server the way another team would: from Python stubs generated
out of proto/ with protoc and grpc_python_plugin.

Usage: timeline_client.py HOST:PORT ARTICLE_FILE PUBLICATION_DATE

Prints one tab-separated line per finding, for the Java test to check:
  expression <TAB> text <TAB> value <TAB> modifier <TAB> begin <TAB> end
  sentences <TAB> count
  invalid <TAB> status code <TAB> details-present <TAB> description
  batch <TAB> sequence <TAB> document_id <TAB> result|error <TAB> error code or expression count
Exits non-zero on any unexpected RPC failure.
"""
import sys

import grpc

from timeline.v1 import timeline_pb2
from timeline.v1 import timeline_pb2_grpc


def main(target, article_path, date):
    with open(article_path, encoding="utf-8") as f:
        text = f.read()
    # The test talks to a loopback port: never through an HTTP proxy from the environment.
    with grpc.insecure_channel(target, options=[("grpc.enable_http_proxy", 0)]) as channel:
        grpc.channel_ready_future(channel).result(timeout=30)
        stub = timeline_pb2_grpc.TimelineServiceStub(channel)
        request = timeline_pb2.ExtractTimelineRequest(
            document_id="seed",
            text=text,
            publication_date=timeline_pb2.PublicationDate(date=date),
        )
        response = stub.ExtractTimeline(request, timeout=60)
        print("sentences\t%d" % len(response.sentences))
        for e in response.temporal_expressions:
            print("expression\t%s\t%s\t%s\t%d\t%d" % (
                e.span.text.replace("\t", " ").replace("\n", " "),
                e.value,
                timeline_pb2.TimexModifier.Name(e.modifier),
                e.span.begin,
                e.span.end))

        try:
            stub.ExtractTimeline(timeline_pb2.ExtractTimelineRequest(text="   "), timeout=30)
            print("invalid\tOK\tfalse\t")
        except grpc.RpcError as error:
            details = any(k == "grpc-status-details-bin" for k, _ in error.trailing_metadata())
            print("invalid\t%s\t%s\t%s" % (error.code().name, str(details).lower(), error.details()))

        def documents():
            yield timeline_pb2.BatchExtractTimelineRequest(request=request)
            bad = timeline_pb2.ExtractTimelineRequest(
                document_id="bad", text="Lavrov spoke.",
                publication_date=timeline_pb2.PublicationDate(date="2014-02-30"))
            yield timeline_pb2.BatchExtractTimelineRequest(request=bad)

        for r in stub.BatchExtractTimeline(documents(), timeout=60):
            if r.HasField("result"):
                outcome = "result\t%d" % len(r.result.temporal_expressions)
            else:
                outcome = "error\t%d" % r.error.code
            print("batch\t%d\t%s\t%s" % (r.sequence, r.document_id, outcome))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.stderr.write(__doc__)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
