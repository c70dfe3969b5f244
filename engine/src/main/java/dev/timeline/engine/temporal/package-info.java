/**
 * Temporal expressions: recognition, TIMEX3 normalisation and anchoring.
 *
 * <p>{@link dev.timeline.engine.temporal.RuleBasedTemporalTagger} runs three steps per document:
 *
 * <ol>
 *   <li><b>Tokens</b>: {@code TokenSequence} cuts the text once into words, numbers and single
 *       punctuation marks, with offsets; rules check adjacency ("10:30", "third-quarter") instead
 *       of scanning the text with regular expressions.
 *   <li><b>Recognition</b>: {@code Grammar} tries, at each token that can start an expression (a
 *       hash lookup in the {@code Lexicon}), the rule families {@code CalendarRules} (explicit
 *       dates, years, weekdays, decades, seasons, holidays), {@code ClockRules}, {@code
 *       RelativeRules} ("last week", "the past three years", "the quarter"), {@code PeriodRules}
 *       (quarters, halves) and {@code QuantityRules} (durations, "ago"/"later" offsets, sets,
 *       "now"), over the shared {@code TokenPatterns}. Leftmost-longest wins; modifiers ("about",
 *       "early", "the end of") wrap any rule. The result is a {@code Draft}. Refiners then look at
 *       neighbours: {@code ClockDays} gives a clock time the day beside it, {@code RecurringTimes}
 *       keeps the times of a recurrence ("6 a.m. every weekday", "its fiscal year runs from July")
 *       off any one day.
 *   <li><b>Normalisation and anchoring</b>: {@code Resolver} turns drafts into {@link
 *       dev.timeline.engine.temporal.TemporalExpression}s in text order. Relative values lean on the
 *       publication date, or (story-relative expressions, and everything in NARRATIVE mode) on the
 *       last mentioned date of fitting granularity (in a life story, an age said after the birth
 *       year is itself a year: {@code AgeAnchors}); an underspecified weekday, month or day picks
 *       its occurrence from {@code ExtractionOptions.direction()} or the clause's tense ({@code
 *       TenseDetector}); {@code CalendarPoint} formats the value and its interval. Earnings news compares
 *       against the reported period: "a year earlier", "the 1988 period" or "the latest period" take
 *       the quarter the story reports (a fiscal quarter keeps its own label; an older quarter named
 *       in passing does not displace it), or only the year after a stretch of months ("the first
 *       nine months"). A fiscal quarter restated by its end date covers those months ({@code
 *       FiscalSpans}); a relative date restated at once by an explicit one takes its value ({@code
 *       RestatedDates}).
 * </ol>
 *
 * <p>Word lists are data next to this package's classes: {@code lexicon.tsv} (triggers: months,
 * weekdays, units, numbers, ordinals, deictic days, reference and frequency adverbs), {@code
 * holidays.tsv} (fixed, nth-weekday and Easter-relative rules), {@code past-verbs.txt} and {@code
 * ed-exceptions.txt} (tense clues).
 *
 * <p>Natty, when enabled, is consulted only on numeric date chains the grammar left alone ({@code
 * NattyFallback}); on TimeBank and AQUAINT it changes nothing, which the evaluation's ablation shows.
 *
 * <p>Tests: {@code src/test/resources/temporal/*.tsv} is an example corpus run line by line by
 * {@code TemporalExampleCorpusTest}; scores and every error on TBAQ come from {@code timeline eval
 * --no-events --errors} ({@code dev.timeline.engine.eval}), speed from the JMH {@code
 * TaggerBenchmark}.
 */
package dev.timeline.engine.temporal;
