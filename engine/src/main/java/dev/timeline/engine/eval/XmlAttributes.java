package dev.timeline.engine.eval;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/** The attributes of one start tag by local name; an absent attribute reads as "". */
record XmlAttributes(Map<String, String> values) {
  XmlAttributes {
    values = Map.copyOf(values);
  }

  static XmlAttributes of(XMLStreamReader xml) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      values.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return new XmlAttributes(values);
  }

  String get(String name) {
    return values.getOrDefault(name, "");
  }
}
