package dev.timeline.client.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Pixel distance proportional to time; marks span their date's real interval. */
final class ProportionalAxis implements TimeAxis {
  /** Narrowest mark: a day on a decade-long axis must still be visible. */
  static final double MIN_MARK = 8;
  /** Tick spacing the labels need, in pixels. */
  private static final double TICK_SPACING = 110;

  /** Candidate tick steps, finest first, with their approximate length in days. */
  private record Step(ChronoUnit unit, int amount, double days) {}

  private static final List<Step> STEPS =
      List.of(
          new Step(ChronoUnit.DAYS, 1, 1),
          new Step(ChronoUnit.DAYS, 2, 2),
          new Step(ChronoUnit.WEEKS, 1, 7),
          new Step(ChronoUnit.WEEKS, 2, 14),
          new Step(ChronoUnit.MONTHS, 1, 30.4),
          new Step(ChronoUnit.MONTHS, 3, 91.3),
          new Step(ChronoUnit.MONTHS, 6, 182.6),
          new Step(ChronoUnit.YEARS, 1, 365.25),
          new Step(ChronoUnit.YEARS, 2, 730.5),
          new Step(ChronoUnit.YEARS, 5, 1826),
          new Step(ChronoUnit.YEARS, 10, 3652),
          new Step(ChronoUnit.YEARS, 20, 7305),
          new Step(ChronoUnit.YEARS, 50, 18262),
          new Step(ChronoUnit.YEARS, 100, 36525),
          new Step(ChronoUnit.YEARS, 500, 182625),
          new Step(ChronoUnit.YEARS, 1000, 365250));

  private final LocalDateTime from;
  private final LocalDateTime to;
  private final double left;
  private final double right;

  private ProportionalAxis(LocalDateTime from, LocalDateTime to, double left, double right) {
    this.from = from;
    this.to = to;
    this.left = left;
    this.right = right;
  }

  /** An axis covering every dated entry and publication day, with a little air at the ends. */
  static ProportionalAxis covering(
      List<ChartEntry> dated, List<LocalDate> publications, double left, double right) {
    LocalDateTime min = null;
    LocalDateTime max = null;
    for (ChartEntry e : dated) {
      min = min == null || e.begin().isBefore(min) ? e.begin() : min;
      max = max == null || e.end().isAfter(max) ? e.end() : max;
    }
    for (LocalDate day : publications) {
      LocalDateTime p = day.atStartOfDay();
      min = min == null || p.isBefore(min) ? p : min;
      max = max == null || p.plusDays(1).isAfter(max) ? p.plusDays(1) : max;
    }
    long pad = Math.max(ChronoUnit.MINUTES.between(min, max) / 30, 24 * 60);
    return new ProportionalAxis(min.minusMinutes(pad), max.plusMinutes(pad), left, right);
  }

  double x(LocalDateTime t) {
    double total = seconds(to) - seconds(from);
    return left + (seconds(t) - seconds(from)) / total * (right - left);
  }

  private static double seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  @Override
  public double[] span(ChartEntry e) {
    double x0 = x(e.begin());
    double x1 = x(e.end());
    if (x1 - x0 < MIN_MARK) {
      double c = (x0 + x1) / 2;
      return new double[] {c - MIN_MARK / 2, c + MIN_MARK / 2};
    }
    return new double[] {x0, x1};
  }

  @Override
  public double publicationX(LocalDate day) {
    return x(day.atStartOfDay().plusHours(12));
  }

  @Override
  public List<Tick> ticks() {
    double days = ChronoUnit.MINUTES.between(from, to) / 1440.0;
    int room = Math.max(2, (int) ((right - left) / TICK_SPACING));
    Step step = STEPS.get(STEPS.size() - 1);
    for (Step s : STEPS) {
      if (days / s.days() <= room) {
        step = s;
        break;
      }
    }
    boolean withYear = from.getYear() != to.getYear();
    List<Tick> ticks = new ArrayList<>();
    for (LocalDateTime t = firstTick(step); !t.isAfter(to); t = t.plus(step.amount(), step.unit())) {
      if (!t.isBefore(from)) {
        ticks.add(new Tick(x(t), DateLabels.tick(t, step.unit(), withYear)));
      }
    }
    return ticks;
  }

  /** The first boundary of the step at or before the axis start, aligned to round values. */
  private LocalDateTime firstTick(Step step) {
    LocalDate d = from.toLocalDate();
    return switch (step.unit()) {
      case YEARS -> LocalDate.of(Math.floorDiv(d.getYear(), step.amount()) * step.amount(), 1, 1)
          .atStartOfDay();
      case MONTHS -> {
        int m0 = (d.getMonthValue() - 1) / step.amount() * step.amount();
        yield LocalDate.of(d.getYear(), m0 + 1, 1).atStartOfDay();
      }
      case WEEKS -> d.minusDays(d.getDayOfWeek().getValue() - 1L).atStartOfDay();
      default -> d.minusDays(Math.floorMod(d.toEpochDay(), step.amount())).atStartOfDay();
    };
  }

  @Override
  public List<Tick> gaps() {
    return List.of();
  }

  @Override
  public String description() {
    return "proportional time axis";
  }

  /**
   * The smallest horizontal distance between two different start dates on this axis: below a
   * label's height the marks cannot be told apart.
   */
  double closestStarts(List<ChartEntry> dated, List<LocalDate> publications) {
    List<Double> xs = new ArrayList<>();
    for (ChartEntry e : dated) {
      xs.add(x(e.begin()));
    }
    for (LocalDate day : publications) {
      xs.add(x(day.atStartOfDay()));
    }
    xs.sort(Double::compare);
    double closest = Double.POSITIVE_INFINITY;
    for (int i = 1; i < xs.size(); i++) {
      double d = xs.get(i) - xs.get(i - 1);
      if (d > 0) {
        closest = Math.min(closest, d);
      }
    }
    return closest;
  }
}
