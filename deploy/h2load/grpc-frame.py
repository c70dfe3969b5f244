#!/usr/bin/env python3
"""Writes one gRPC-framed ExtractTimelineRequest for h2load -d (no protobuf library needed).

Usage: grpc-frame.py ARTICLE.txt YYYY-MM-DD OUT.bin

The frame is gRPC's length-prefixed message: 1 byte compressed flag (0), 4 bytes big-endian
length, then the protobuf bytes of timeline.v1.ExtractTimelineRequest with document_id (1),
text (2) and publication_date (3) = PublicationDate{date (1)}.
"""
import struct
import sys


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field(number, payload):
    """A length-delimited field (wire type 2): strings and embedded messages."""
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def main():
    article, date, out = sys.argv[1:4]
    with open(article, encoding="utf-8") as f:
        text = f.read()
    request = (
        field(1, b"h2load")
        + field(2, text.encode("utf-8"))
        + field(3, field(1, date.encode("ascii")))
    )
    with open(out, "wb") as f:
        f.write(struct.pack(">BI", 0, len(request)) + request)


if __name__ == "__main__":
    main()
