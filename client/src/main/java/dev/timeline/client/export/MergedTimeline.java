package dev.timeline.client.export;

import dev.timeline.proto.v1.Event;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TimelineEntry;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timelines of one or more articles as one list of items, each with its provenance.
 *
 * <p>Every article gets a lane. Two entries of different articles become one item when they have
 * the same TIMEX3 value and their headlines tell the same event by {@link HeadlineOverlap}; the
 * item keeps the first article's wording and lists every source. Entries of one article are never
 * merged with each other (the service already merged those it judged the same). Items are ordered
 * by interval (begin, then end), ties by lane and position; undated items follow in lane and
 * position order.
 *
 * @param lanes the articles, in the order given
 * @param items the events
 */
public record MergedTimeline(List<Lane> lanes, List<TimelineItem> items) {
  private static final Comparator<TimelineItem> CHRONOLOGICAL =
      Comparator.comparing(TimelineItem::dated).reversed()
          .thenComparing(TimelineItem::begin, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(TimelineItem::end, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(i -> i.primary().lane())
          .thenComparingInt(i -> i.primary().position());

  public MergedTimeline {
    lanes = List.copyOf(lanes);
    items = List.copyOf(items);
  }

  /** One article's timeline, its text unknown. */
  public static MergedTimeline of(ExtractTimelineResponse response) {
    return of(List.of(Article.of(response)));
  }

  /** One article's timeline with its text. */
  public static MergedTimeline of(ExtractTimelineResponse response, String text) {
    return of(List.of(Article.of(response, text)));
  }

  /** Several articles' timelines merged into one. */
  public static MergedTimeline of(List<Article> articles) {
    List<Lane> lanes = new ArrayList<>();
    List<TimelineItem> items = new ArrayList<>();
    for (Article article : articles) {
      int index = lanes.size();
      String id = article.documentId().isBlank() ? "article-" + (index + 1) : article.documentId();
      String title = article.titleLine().isEmpty() ? id : article.titleLine();
      lanes.add(new Lane(index, id, title, article.response().getTimeline().getPublicationDate(),
          article.text()));
      Map<String, Event> events = new HashMap<>();
      article.response().getEventsList().forEach(e -> events.putIfAbsent(e.getId(), e));
      for (TimelineEntry entry : article.response().getTimeline().getEntriesList()) {
        Event event = entry.getEventIdsCount() == 0 ? null : events.get(entry.getEventIds(0));
        TimelineItem item = item(index, id, entry, Actors.of(entry, event));
        int match = item.dated() ? findSame(items, item, index) : -1;
        if (match < 0) {
          items.add(item);
        } else {
          items.set(match, withSource(items.get(match), item.primary()));
        }
      }
    }
    items.sort(CHRONOLOGICAL);
    return new MergedTimeline(lanes, items);
  }

  /** The dated items. */
  public List<TimelineItem> dated() {
    return items.stream().filter(TimelineItem::dated).toList();
  }

  /** The items without a calendar date. */
  public List<TimelineItem> undated() {
    return items.stream().filter(i -> !i.dated()).toList();
  }

  /**
   * The group an item is shown in: its article when several went in ("several articles" when
   * more than one reports it), else its event class.
   */
  public String groupOf(TimelineItem item) {
    if (merged()) {
      return item.shared() ? SHARED_GROUP : item.primary().documentId();
    }
    return item.className().isEmpty() ? "event" : item.className().replace('_', '-');
  }

  /** The group of items that several articles report. */
  public static final String SHARED_GROUP = "several articles";

  /** Whether more than one article went in. */
  public boolean merged() {
    return lanes.size() > 1;
  }

  /** The latest publication date of the lanes (`2014-09-16`), or empty. */
  public String latestPublicationDay() {
    return lanes.stream().map(Lane::publicationDay).filter(d -> !d.isEmpty())
        .max(Comparator.naturalOrder()).orElse("");
  }

  private static int findSame(List<TimelineItem> items, TimelineItem item, int lane) {
    for (int i = 0; i < items.size(); i++) {
      TimelineItem other = items.get(i);
      boolean laneAlreadyThere = other.sources().stream().anyMatch(s -> s.lane() == lane);
      if (other.dated() && !laneAlreadyThere && !item.value().isEmpty()
          && other.value().equals(item.value())
          && HeadlineOverlap.sameEvent(other.headline(), item.headline())) {
        return i;
      }
    }
    return -1;
  }

  private static TimelineItem withSource(TimelineItem item, Source source) {
    List<Source> sources = new ArrayList<>(item.sources());
    sources.add(source);
    return new TimelineItem(item.id(), item.value(), item.granularity(), item.modifier(),
        item.begin(), item.end(), item.displayDate(), item.headline(), item.sentence(),
        item.relation(), item.publicationRelation(), item.eventClass(), item.factuality(), sources);
  }

  private static TimelineItem item(int lane, String documentId, TimelineEntry e, String actor) {
    LocalDateTime begin = null;
    LocalDateTime end = null;
    if (e.getDated() && e.hasInterval()) {
      try {
        begin = LocalDateTime.parse(e.getInterval().getBegin());
        end = LocalDateTime.parse(e.getInterval().getEnd());
        if (!end.isAfter(begin)) {
          begin = null;
          end = null;
        }
      } catch (DateTimeParseException ex) {
        // A value outside ISO local date-times (far past, say) cannot be placed: keep it undated.
        begin = null;
        end = null;
      }
    }
    Source source = new Source(lane, documentId, e.getPosition(), e.getHeadline(),
        e.hasSentence() ? e.getSentence() : null,
        e.hasTemporalExpression() ? e.getTemporalExpression() : null,
        e.hasTrigger() ? e.getTrigger() : null, actor);
    return new TimelineItem(lane + "-" + e.getPosition(), begin == null ? "" : e.getValue(),
        e.getGranularity(), e.getModifier(), begin, end, e.getDisplayDate(), e.getHeadline(),
        e.hasSentence() ? e.getSentence().getText() : "", e.getRelation(),
        e.getPublicationRelation(), e.getEventClass(), e.getFactuality(), List.of(source));
  }
}
