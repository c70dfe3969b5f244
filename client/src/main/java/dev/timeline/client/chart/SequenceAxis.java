package dev.timeline.client.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distinct date intervals equally spaced in time order (wider intervals before the ones they
 * start together with), each labelled on the axis. A mark's width grows with the logarithm of its
 * interval's length, from a narrow day to a decade filling most of its slot, so precision stays
 * visible; the time skipped between slots is noted on the axis.
 */
final class SequenceAxis implements TimeAxis {
  private static final double MIN_MARK = 8;
  private static final double MAX_FILL = 0.8;
  private static final double LOG_DECADE = Math.log(3652.5);

  private record Slot(LocalDateTime begin, LocalDateTime end) {}

  private static final Comparator<Slot> ORDER =
      Comparator.comparing(Slot::begin).thenComparing(Slot::end, Comparator.reverseOrder());

  private final List<Slot> slots;
  private final List<String> labels;
  private final double left;
  private final double slotWidth;

  private SequenceAxis(List<Slot> slots, List<String> labels, double left, double right) {
    this.slots = slots;
    this.labels = labels;
    this.left = left;
    this.slotWidth = (right - left) / Math.max(1, slots.size());
  }

  static SequenceAxis covering(
      List<ChartEntry> dated, List<LocalDate> publications, double left, double right) {
    Map<Slot, String> labelled = new TreeMap<>(ORDER);
    for (ChartEntry e : dated) {
      labelled.putIfAbsent(new Slot(e.begin(), e.end()), e.dateLabel());
    }
    for (LocalDate day : publications) {
      labelled.putIfAbsent(dayOf(day), DateLabels.day(day));
    }
    return new SequenceAxis(
        new ArrayList<>(labelled.keySet()), new ArrayList<>(labelled.values()), left, right);
  }

  private static Slot dayOf(LocalDate day) {
    return new Slot(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
  }

  private double centre(int slot) {
    return left + (slot + 0.5) * slotWidth;
  }

  @Override
  public double[] span(ChartEntry e) {
    int slot = slots.indexOf(new Slot(e.begin(), e.end()));
    double precision = Math.max(0, Math.min(1, Math.log(Math.max(1, e.days())) / LOG_DECADE));
    double width = MIN_MARK + (Math.max(MIN_MARK, slotWidth * MAX_FILL) - MIN_MARK) * precision;
    double c = centre(slot);
    return new double[] {c - width / 2, c + width / 2};
  }

  @Override
  public double publicationX(LocalDate day) {
    int slot = slots.indexOf(dayOf(day));
    return slot < 0 ? Double.NaN : centre(slot);
  }

  @Override
  public List<Tick> ticks() {
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      ticks.add(new Tick(centre(i), labels.get(i)));
    }
    return ticks;
  }

  @Override
  public List<Tick> gaps() {
    List<Tick> gaps = new ArrayList<>();
    for (int i = 1; i < slots.size(); i++) {
      String gap = DateLabels.gap(slots.get(i - 1).begin(), slots.get(i).begin());
      if (!gap.isEmpty()) { // nested intervals starting together skip no time
        gaps.add(new Tick(left + i * slotWidth, gap));
      }
    }
    return gaps;
  }

  @Override
  public String description() {
    return "dates in sequence, equally spaced (skipped time noted on the axis)";
  }
}
