/**
 * Events: TimeML EVENT mentions, their attributes, their place in time and their headlines.
 *
 * <p>{@link dev.timeline.engine.event.RuleBasedEventExtractor} works sentence by sentence over
 * the tagged text:
 *
 * <ol>
 *   <li><b>Tag repairs</b>: {@code TagRepairs} fixes part-of-speech errors where the syntax
 *       allows one reading: a verb hidden as an adjective or noun after a modal, "have",
 *       infinitival "to" (always after the "to" of a verb or adjective that takes an infinitive:
 *       "failed to thwart/NN rival bids") or a subject ("prices fell/JJ 5 cents"), a gerund between a
 *       preposition and its object ("for shelling/NN Fairport"), a present read as a noun after the
 *       subject of a verbless subordinate clause ("when a bomb explodes/NNS", {@code
 *       HiddenPresents}), a past read as a present ("the
 *       court upheld/VBP"), and verb tags on names, possessives, subjects and objects
 *       ("Dunmore shares/VBZ fell", "Profit/VB climbed", "has interests/VBZ in"), including every word of a company name closed
 *       by a designator ({@code CompanyNames}: "Forge/VB Mercantile PLC").
 *   <li><b>Verb groups</b>: {@code VerbGroups} joins auxiliaries, modals, negation and adverbs to
 *       their main verb and reads tense, aspect, polarity and modality off the group ("cannot" is
 *       a negated "can"); {@code Coordination} lets "and make" share the modal or infinitive of
 *       the verb before it.
 *   <li><b>Clauses</b>: {@code Clauses} cuts the sentence at subordinators, complementizers,
 *       relative pronouns, quotation marks, dashes (not hyphens inside words) and the unmarked
 *       complement of a reporting verb.
 *   <li><b>Triggers</b>: {@code Triggers} picks main verbs (not auxiliaries, "do" used as one,
 *       existential "there is", phrase auxiliaries "going to", forms used as prepositions, or
 *       modifiers the tagger read as verbs: "the growing demand", "U.S.-led", "its planned
 *       acquisition", "by desert heat"; participles that name: "a venture called Aldous",
 *       {@code NamingParticiples}), copula predicates (listed adjectives or event nouns:
 *       "is willing", "is a threat") and event nouns heading their phrase ("the war", "the sale
 *       of the unit", "a news conference Friday"), or the bare noun an aspectual verb begins or
 *       stops ("suspended work", "stopped regular trading"). Headings ({@code Headings}: title-case
 *       lines of their own) give no events.
 *   <li><b>Attributes</b>: class from the lexicons (a possession verb with an amount for
 *       object is a state: "holds 12% of"), factuality from negation, modals, conditional
 *       clauses, infinitives, quotation marks ({@code Quotes}) and reported clauses; {@code
 *       HypotheticalClauses} also keeps off the facts a present-tense time clause or free
 *       relative of a future or modal clause ("will be destroyed as soon as he says it",
 *       "whoever threatens Russia will be destroyed").
 *   <li><b>Time</b>: {@code TimeAnchoring} with {@code SentenceTimex} and {@code NarrativeTime}
 *       (owned by the anchoring work; see their own comments).
 *   <li><b>Headlines</b>: {@code Headlines} writes "who did what" in the words of the text:
 *       subject (appositions skipped, a lone "he"/"she" replaced by the person {@code
 *       Antecedents} names when that is simple and safe), verb group and a bounded object; an
 *       infinitive is read with its governor, a participle after a comma takes its main clause's
 *       subject, and a reporting verb that closes a quotation reports the quoted words.
 * </ol>
 *
 * <p>The word lists are data next to this package's classes: {@code verb-classes.tsv} (TimeML
 * class of verbs), {@code event-nouns.tsv} (nouns that name events, some only before a given word),
 * {@code predicate-classes.tsv} (adjectives that are events after a copula), {@code
 * non-event-verbs.txt} (verb forms that are prepositions or modifiers), {@code
 * non-event-noun-idioms.txt} (fixed phrases whose noun names no event: "for sale"), {@code
 * irregular-past-forms.txt} (for the tag repairs), {@code corporate-designators.txt} ("Inc.",
 * "PLC": the end of a company name) and {@code organisation-words.txt} (words that make a name an organisation, not a person). Several entries
 * were tuned on TimeBank, the tuning half of the TempEval-3 training corpus; AQUAINT is only
 * scored ({@code TbaqEventScoreTest} prints both, with TimeBank's misses and false alarms;
 * {@code EventErrorListing} in test scope lists each one with its tagged context).
 */
package dev.timeline.engine.event;
