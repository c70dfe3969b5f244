package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TempEval-3 TimeML ({@code .tml}) files with the JDK's StAX parser. The raw text is the
 * character content of {@code <TEXT>} with every tag removed (entities decoded); each inline
 * annotation gets the UTF-16 offsets of its content in that text.
 */
public final class TimeMlReader {
  private final XMLInputFactory factory;

  public TimeMlReader() {
    factory = XMLInputFactory.newFactory();
    // Corpus files are data, not trusted markup: no DTDs, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** The {@code .tml} files of a directory, sorted by name. */
  public static List<Path> listCorpus(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".tml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public TimeMlDocument read(Path file) {
    String name = file.getFileName().toString();
    String fallbackId = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, fallbackId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (TimeMlException e) {
      throw new TimeMlException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param fallbackId the document id when the file has no {@code <DOCID>}
   */
  public TimeMlDocument read(InputStream in, String fallbackId) {
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      return new Parse(xml, fallbackId).run();
    } catch (XMLStreamException e) {
      throw new TimeMlException("not well-formed TimeML: " + e.getMessage(), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Nothing left to release that the stream's owner does not close.
        }
      }
    }
  }

  /** An inline annotation whose end tag has not been seen yet. */
  private record Open(String element, int begin, XmlAttributes attributes) {}

  /** State of one pass over one file. */
  private static final class Parse {
    private final XMLStreamReader xml;
    private final StringBuilder text = new StringBuilder();
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<GoldTimex> timexes = new ArrayList<>();
    private final List<GoldEvent> events = new ArrayList<>();
    private final List<GoldSignal> signals = new ArrayList<>();
    private final List<GoldEventInstance> instances = new ArrayList<>();
    private final List<GoldTemporalLink> links = new ArrayList<>();
    private final StringBuilder docId = new StringBuilder();
    private String id;
    private Optional<CreationTime> creationTime = Optional.empty();
    private boolean inText;
    private boolean inDct;
    private boolean inDocId;
    private boolean sawText;

    Parse(XMLStreamReader xml, String fallbackId) {
      this.xml = xml;
      this.id = fallbackId;
    }

    TimeMlDocument run() throws XMLStreamException {
      while (xml.hasNext()) {
        switch (xml.next()) {
          case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
          case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> characters();
          default -> {
            // Comments, processing instructions and the like carry no text.
          }
        }
      }
      if (!sawText) {
        throw new TimeMlException("no <TEXT> element");
      }
      if (!open.isEmpty()) {
        throw new TimeMlException("unclosed <" + open.peek().element() + ">");
      }
      String docIdText = docId.toString().strip();
      return new TimeMlDocument(
          docIdText.isEmpty() ? id : docIdText,
          text.toString(),
          creationTime,
          timexes,
          events,
          signals,
          instances,
          links);
    }

    private void start(String element) {
      XmlAttributes attributes = XmlAttributes.of(xml);
      switch (element) {
        case "TEXT" -> {
          inText = true;
          sawText = true;
        }
        case "DCT" -> inDct = true;
        case "DOCID" -> inDocId = true;
        case "TIMEX3", "EVENT", "SIGNAL" -> {
          if (inDct && element.equals("TIMEX3")) {
            creationTime =
                Optional.of(
                    new CreationTime(
                        attributes.get("tid"), attributes.get("type"), attributes.get("value")));
          }
          // Whatever else it is, markup inside <TEXT> is an annotation of the text; end() pops
          // exactly what was pushed here.
          if (inText) {
            open.push(new Open(element, text.length(), attributes));
          }
        }
        case "MAKEINSTANCE" ->
            instances.add(
                new GoldEventInstance(
                    attributes.get("eiid"),
                    attributes.get("eventID"),
                    attributes.get("tense"),
                    attributes.get("aspect"),
                    attributes.get("polarity"),
                    attributes.get("modality")));
        case "TLINK" ->
            links.add(
                new GoldTemporalLink(
                    attributes.get("lid"),
                    attributes.get("relType"),
                    attributes.get("eventInstanceID"),
                    attributes.get("timeID"),
                    attributes.get("relatedToEventInstance"),
                    attributes.get("relatedToTime")));
        default -> {
          // Other markup (TITLE, EXTRAINFO, SLINK, ALINK...) is not scored.
        }
      }
    }

    private void end(String element) {
      switch (element) {
        case "TEXT" -> inText = false;
        case "DCT" -> inDct = false;
        case "DOCID" -> inDocId = false;
        case "TIMEX3", "EVENT", "SIGNAL" -> {
          if (inText) {
            close(element);
          }
        }
        default -> {
          // Nothing to close.
        }
      }
    }

    private void close(String element) {
      if (open.isEmpty()) {
        // Opened before <TEXT> started: XML nesting would have closed <TEXT> first.
        throw new TimeMlException("</" + element + "> inside <TEXT> without its start tag");
      }
      Open o = open.pop();
      if (!o.element().equals(element)) {
        throw new TimeMlException("</" + element + "> closes <" + o.element() + ">");
      }
      Span span = new Span(o.begin(), text.length());
      String covered = span.of(text);
      XmlAttributes a = o.attributes();
      switch (element) {
        case "TIMEX3" ->
            timexes.add(
                new GoldTimex(
                    a.get("tid"),
                    span,
                    covered,
                    a.get("type"),
                    a.get("value"),
                    a.get("mod"),
                    a.get("anchorTimeID"),
                    a.get("functionInDocument")));
        case "EVENT" -> events.add(new GoldEvent(a.get("eid"), span, covered, a.get("class")));
        default -> signals.add(new GoldSignal(a.get("sid"), span, covered));
      }
    }

    private void characters() {
      if (inText) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      } else if (inDocId) {
        docId.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
  }
}
