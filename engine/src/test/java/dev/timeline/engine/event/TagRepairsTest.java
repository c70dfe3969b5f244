package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.Span;
import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tag repairs on hand-tagged sentences that carry the tagger's real misreadings. */
class TagRepairsTest {
  /** Tokens from "word/TAG" pairs; the lemma is the lower-cased word. */
  private static List<Token> tagged(String text) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String pair : text.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      String lemma = switch (word.toLowerCase()) {
        case "has", "had", "have" -> "have";
        case "is", "was" -> "be";
        default -> word.toLowerCase();
      };
      out.add(new Token(out.size(), new Span(offset, offset + word.length()), word,
          pair.substring(slash + 1), lemma));
      offset += word.length() + 1;
    }
    return out;
  }

  private static List<String> tags(String text) {
    return TagRepairs.repair(tagged(text)).stream().map(Token::pos).toList();
  }

  @Test
  void aWordAfterAModalIsABareVerb() {
    assertThat(tags("Norland/NNP would/MD retaliate/JJ against/IN Vestria/NNP"))
        .containsExactly("NNP", "MD", "VB", "IN", "NNP");
    assertThat(tags("Skyvale/NNP will/MD almost/RB double/JJ its/PRP$ routes/NNS"))
        .containsExactly("NNP", "MD", "RB", "VB", "PRP$", "NNS");
    assertThat(tags("prices/NNS will/MD likely/JJ fall/VB"))
        .containsExactly("NNS", "MD", "JJ", "VB");
  }

  @Test
  void aVerbReadAsAnAdverbAfterAModalIsTheVerbNotTheWordAfterIt() {
    assertThat(tags("the/DT mill/NN will/MD close/RB next/JJ year/NN"))
        .containsExactly("DT", "NN", "MD", "VB", "JJ", "NN");
    assertThat(tags("the/DT mill/NN will/MD close/RB soon/RB"))
        .containsExactly("DT", "NN", "MD", "VB", "RB");
  }

  @Test
  void anEdWordAfterHaveIsAParticiple() {
    assertThat(tags("He/PRP has/VBZ outlasted/JJ eight/CD presidents/NNS"))
        .containsExactly("PRP", "VBZ", "VBN", "CD", "NNS");
  }

  @Test
  void aWordAfterInfinitivalToIsAVerbUnlessItStartsANounPhrase() {
    assertThat(tags("the/DT offer/NN was/VBD due/JJ to/TO expire/JJ Friday/NNP"))
        .containsExactly("DT", "NN", "VBD", "JJ", "TO", "VB", "NNP");
    assertThat(tags("the/DT offer/NN was/VBD due/JJ to/TO expire/JJ yesterday/NN"))
        .as("a date after it is no noun phrase").containsExactly("DT", "NN", "VBD", "JJ", "TO",
            "VB", "NN");
    assertThat(tags("troops/NNS flew/VBD to/TO Saudi/JJ Arabia/NNP"))
        .containsExactly("NNS", "VBD", "TO", "JJ", "NNP");
    assertThat(tags("it/PRP went/VBD back/RB to/TO normal/JJ ./."))
        .containsExactly("PRP", "VBD", "RB", "TO", "JJ", ".");
    assertThat(tags("access/NN to/TO education/NN ,/, and/CC"))
        .containsExactly("NN", "TO", "NN", ",", "CC");
    assertThat(tags("reduced/VBN to/TO less/JJ than/IN 1/CD"))
        .containsExactly("VBN", "TO", "JJ", "IN", "CD");
  }

  @Test
  void afterTheToOfAnInfinitiveTakerEvenANounPhraseStartIsAVerb() {
    assertThat(tags("the/DT bid/NN could/MD fail/VB to/TO thwart/NN rival/JJ bidders/NNS"))
        .containsExactly("DT", "NN", "MD", "VB", "TO", "VB", "JJ", "NNS");
    assertThat(tags("officials/NNS eager/JJ to/TO rebut/NN outside/JJ criticism/NN"))
        .containsExactly("NNS", "JJ", "TO", "VB", "JJ", "NN");
    assertThat(tags("they/PRP turned/VBD to/TO foreign/JJ lenders/NNS"))
        .as("no infinitive taker: a noun phrase").containsExactly("PRP", "VBD", "TO", "JJ",
            "NNS");
  }

  @Test
  void aVerbReadAsANounAfterTheSubjectOfASubordinateClauseWithoutVerb() {
    assertThat(tags("when/WRB a/DT gas/NN tank/NN explodes/NNS near/IN the/DT depot/NN"))
        .containsExactly("WRB", "DT", "NN", "NN", "VBZ", "IN", "DT", "NN");
    assertThat(tags("if/IN tariffs/NNS force/NN the/DT plant/NN to/TO close/VB"))
        .containsExactly("IN", "NNS", "VBP", "DT", "NN", "TO", "VB");
    assertThat(tags("when/WRB oil/NN prices/NNS in/IN Asia/NNP rose/VBD"))
        .as("the clause has its verb").containsExactly("WRB", "NN", "NNS", "IN", "NNP", "VBD");
    assertThat(tags("until/IN the/DT summer/NN holidays/NNS ./."))
        .as("a preposition, not a subordinator").containsExactly("IN", "DT", "NN", "NNS", ".");
    assertThat(tags("if/IN fuel/NN costs/NNS ,/, wages/NNS and/CC"))
        .as("a list").containsExactly("IN", "NN", "NNS", ",", "NNS", "CC");
  }

  @Test
  void aVerbReadAsANounAfterTheSubjectOfASentenceThatGoesOnToAStop() {
    assertThat(tags("The/DT ferry/NN carries/NNS the/DT mail/NN ./."))
        .containsExactly("DT", "NN", "VBZ", "DT", "NN", ".");
    assertThat(tags("Ferry/NN fares/NNS up/RB sharply/RB"))
        .as("a headline").containsExactly("NN", "NNS", "RB", "RB");
    assertThat(tags("The/DT summer/NN holidays/NNS ./."))
        .as("a caption").containsExactly("DT", "NN", "NNS", ".");
  }

  @Test
  void anSFormAfterHasIsANoun() {
    assertThat(tags("the/DT group/NN has/VBZ stakes/VBZ in/IN two/CD mills/NNS"))
        .containsExactly("DT", "NN", "VBZ", "NNS", "IN", "CD", "NNS");
    assertThat(tags("the/DT group/NN has/VBZ been/VBN sold/VBN"))
        .containsExactly("DT", "NN", "VBZ", "VBN", "VBN");
  }

  @Test
  void aPastFormBetweenSubjectAndNumberIsAFiniteVerbAndTheSubjectANoun() {
    assertThat(tags("Gas/NN prices/NNS fell/JJ nearly/RB two/CD cents/NNS"))
        .containsExactly("NN", "NNS", "VBD", "RB", "CD", "NNS");
    assertThat(tags("Dunmore/NNP shares/VBZ fell/JJ 62.5/CD cents/NNS"))
        .containsExactly("NNP", "NNS", "VBD", "CD", "NNS");
    assertThat(tags("a/DT prosecution/NN unrelated/JJ to/TO drugs/NNS"))
        .containsExactly("DT", "NN", "JJ", "TO", "NNS");
  }

  @Test
  void aPastFormAfterItsSubjectPastAdverbsOrANameReadAsAnAdjective() {
    assertThat(tags("Kestrel/NNP Foods/NNP shares/VBZ also/RB fell/JJ 30/CD cents/NNS"))
        .containsExactly("NNP", "NNP", "NNS", "RB", "VBD", "CD", "NNS");
    assertThat(tags("loss/NN reserves/NNS stood/NNS at/IN $/$ 108.3/CD million/CD"))
        .containsExactly("NN", "NNS", "VBD", "IN", "$", "CD", "CD");
    assertThat(tags("A/DT year/NN earlier/RBR Brandvik/JJ earned/JJ $/$ 2.4/CD million/CD"))
        .containsExactly("DT", "NN", "RBR", "JJ", "VBD", "$", "CD", "CD");
    assertThat(tags("the/DT American/JJ ,/, unrelated/JJ to/TO it/PRP"))
        .containsExactly("DT", "JJ", ",", "JJ", "TO", "PRP");
  }

  @Test
  void aPastFormAfterAnObjectIsAParticipleOfAReducedRelative() {
    assertThat(tags("Russia/NNP does/VBZ not/RB expect/VB the/DT countries/NNS involved/JJ in/IN"
            + " airstrikes/NNS"))
        .containsExactly("NNP", "VBZ", "RB", "VB", "DT", "NNS", "VBN", "IN", "NNS");
    assertThat(tags("shares/NNS of/IN companies/NNS based/JJ in/IN Ohio/NNP"))
        .containsExactly("NNS", "IN", "NNS", "VBN", "IN", "NNP");
  }

  @Test
  void verbTagsWhereNoVerbFits() {
    assertThat(tags("Marlowe's/VB two/CD directors/NNS rejected/VBD it/PRP"))
        .containsExactly("NN", "CD", "NNS", "VBD", "PRP");
    assertThat(tags("Declining/VB issues/NNS outnumbered/VBD advancers/NNS"))
        .containsExactly("JJ", "NNS", "VBD", "NNS");
    assertThat(tags("he/PRP said/VBD shareholders/VBZ approved/VBD the/DT sale/NN"))
        .containsExactly("PRP", "VBD", "NNS", "VBD", "DT", "NN");
    assertThat(tags("a/DT friend/NN of/IN Tamsin/VB worked/VBD there/RB"))
        .containsExactly("DT", "NN", "IN", "NNP", "VBD", "RB");
    assertThat(tags("CMS/VBZ ENERGY/NNP said/VBD"))
        .containsExactly("VBZ", "NNP", "VBD");
    assertThat(tags("which/WP it/PRP claims/VBZ were/VBD put/VBN in/IN place/NN"))
        .containsExactly("WP", "PRP", "VBZ", "VBD", "VBN", "IN", "NN");
  }

  @Test
  void theWordsOfACompanyNameAreNamesWhateverTheirTag() {
    assertThat(tags("Forge/VB International/JJ PLC/NN said/VBD"))
        .containsExactly("NNP", "JJ", "NN", "VBD");
    assertThat(tags("DD/NN Acquisition/NN Corp./NNP extended/VBD the/DT offer/NN"))
        .containsExactly("NNP", "NNP", "NNP", "VBD", "DT", "NN");
    assertThat(tags("Rally/NNP said/VBD Acquisition/NN talks/NNS failed/VBD"))
        .as("no designator closes the run").containsExactly("NNP", "VBD", "NN", "NNS", "VBD");
  }

  @Test
  void aFirstWordWithItsOwnFiniteVerbAfterItIsTheSubject() {
    assertThat(tags("Profit/VB climbed/VBD to/TO $/$ 98/CD million/CD"))
        .containsExactly("NN", "VBD", "TO", "$", "CD", "CD");
    assertThat(tags("Proceeds/VBZ from/IN the/DT offering/NN are/VBP expected/VBN"))
        .containsExactly("NNS", "IN", "DT", "NN", "VBP", "VBN");
    assertThat(tags("Take/VB the/DT case/NN of/IN Acme/NNP ./."))
        .as("an imperative").containsExactly("VB", "DT", "NN", "IN", "NNP", ".");
    assertThat(tags("Note/VB that/IN prices/NNS fell/VBD"))
        .as("a complementizer is no preposition").containsExactly("VB", "IN", "NNS", "VBD");
  }

  @Test
  void anEdAdjectiveAfterAndWithItsOwnObjectIsTheSecondPastVerb() {
    assertThat(tags("Rebels/NNS burned/VBD two/CD houses/NNS and/CC badly/RB damaged/JJ "
        + "the/DT bridge/NN"))
        .containsExactly("NNS", "VBD", "CD", "NNS", "CC", "RB", "VBD", "DT", "NN");
    assertThat(tags("They/PRP sold/VBD bread/NN and/CC canned/JJ fish/NN"))
        .as("an adjective before its noun").containsExactly("PRP", "VBD", "NN", "CC", "JJ", "NN");
    assertThat(tags("the/DT tired/JJ and/CC soaked/JJ the/DT"))
        .as("no past verb before the 'and'").containsExactly("DT", "JJ", "CC", "JJ", "DT");
  }

  @Test
  void aPastFormBetweenItsSubjectAndADateIsThePast() {
    assertThat(tags("the/DT bakery/NN reopened/JJ Tuesday/NNP"))
        .containsExactly("DT", "NN", "VBD", "NNP");
    assertThat(tags("the/DT lease/NN was/VBD due/JJ to/TO lapse/JJ next/JJ Monday/NNP"))
        .containsExactly("DT", "NN", "VBD", "JJ", "TO", "VB", "JJ", "NNP");
  }

  @Test
  void aPastFormBetweenItsSubjectAndTheClauseEndIsThePast() {
    assertThat(tags("the/DT guests/NNS fled/NN ,/, and/CC"))
        .containsExactly("DT", "NNS", "VBD", ",", "CC");
    assertThat(tags("the/DT wind/NN speed/NN ./."))
        .as("a noun in -eed").containsExactly("DT", "NN", "NN", ".");
  }

  @Test
  void aWordRightAfterWhichOrWhoBeforeADateIsTheVerb() {
    assertThat(tags("the/DT notes/NNS ,/, which/WP mature/JJ Jan./NNP 5/CD"))
        .containsExactly("DT", "NNS", ",", "WP", "VBP", "NNP", "CD");
    assertThat(tags("the/DT clerk/NN ,/, who/WP resigned/NN yesterday/NN"))
        .containsExactly("DT", "NN", ",", "WP", "VBD", "NN");
  }

  @Test
  void anIngWordAfterAPrepositionWithAPrepositionOrPronounOfItsOwnIsAGerund() {
    assertThat(tags("she/PRP succeeded/VBD in/IN capitalizing/NN on/IN the/DT fad/NN"))
        .containsExactly("PRP", "VBD", "IN", "VBG", "IN", "DT", "NN");
    assertThat(tags("he/PRP left/VBD after/IN polishing/NN the/DT draft/NN"))
        .containsExactly("PRP", "VBD", "IN", "VBG", "DT", "NN");
    assertThat(tags("no/DT hope/NN of/IN sweeping/PRP its/PRP$ porch/NN"))
        .containsExactly("DT", "NN", "IN", "VBG", "PRP$", "NN");
    assertThat(tags("shares/NNS of/IN leading/JJ Dutch/NNP banks/NNS"))
        .as("an adjective before a name").containsExactly("NNS", "IN", "JJ", "NNP", "NNS");
  }

  @Test
  void anIngWordRightAfterAnAspectualVerbIsItsActivity() {
    assertThat(tags("crews/NNS will/MD begin/VB repairing/NNS roads/NNS"))
        .containsExactly("NNS", "MD", "VB", "VBG", "NNS");
    assertThat(tags("they/PRP resume/VBP shipping/RP the/DT grain/NN"))
        .containsExactly("PRP", "VBP", "VBG", "DT", "NN");
    assertThat(tags("they/PRP visit/VBP morning/NN markets/NNS"))
        .as("no aspectual verb").containsExactly("PRP", "VBP", "NN", "NNS");
  }

  @Test
  void anIngNounBetweenAPrepositionAndItsObjectIsAGerund() {
    assertThat(tags("penalty/NN for/IN shelling/NN Fairport/NNP"))
        .containsExactly("NN", "IN", "VBG", "NNP");
    assertThat(tags("aimed/VBN at/IN halving/NNS the/DT backlog/NN"))
        .containsExactly("VBN", "IN", "VBG", "DT", "NN");
    assertThat(tags("fell/VBD in/IN trading/NN yesterday/NN"))
        .containsExactly("VBD", "IN", "NN", "NN");
    assertThat(tags("interest/NN in/IN building/NN maintenance/NN"))
        .containsExactly("NN", "IN", "NN", "NN");
    assertThat(tags("worried/VBN about/IN everything/NN the/DT board/NN did/VBD"))
        .containsExactly("VBN", "IN", "NN", "DT", "NN", "VBD");
  }

  @Test
  void pastTensesTheTaggerMisread() {
    assertThat(tags("Odile/NNP ,/, who/WP lives/VBD in/IN Harrowgate/NNP"))
        .containsExactly("NNP", ",", "WP", "VBZ", "IN", "NNP");
    assertThat(tags("in/IN loan/NN loss/VBD reserves/NNS"))
        .containsExactly("IN", "NN", "NN", "NNS");
    assertThat(tags("the/DT court/NN upheld/VBP a/DT law/NN"))
        .containsExactly("DT", "NN", "VBD", "DT", "NN");
    assertThat(tags("The/DT president/NN quit/VBP suddenly/RB"))
        .containsExactly("DT", "NN", "VBD", "RB");
    assertThat(tags("they/PRP quit/VBP when/WRB we/PRP proceed/VBP"))
        .as("a present that agrees, and an -eed verb").containsExactly("PRP", "VBP", "WRB", "PRP",
            "VBP");
  }

  @Test
  void aPresentRightAfterAPrepositionIsItsPluralObject() {
    assertThat(tags("walk/VB out/RP after/RB talks/VBZ with/IN the/DT board/NN broke/VBD down/RP"))
        .containsExactly("VB", "RP", "RB", "NNS", "IN", "DT", "NN", "VBD", "RP");
    assertThat(tags("the/DT cost/NN of/IN repairs/VBZ rose/VBD"))
        .containsExactly("DT", "NN", "IN", "NNS", "VBD");
    assertThat(tags("since/IN it/PRP opens/VBZ"))
        .as("a subject stands between").containsExactly("IN", "PRP", "VBZ");
    assertThat(tags("has/VBZ carried/VBN about/RB 30/CD freight/NN trains/VBZ a/DT day/NN"))
        .as("after a count above one").containsExactly("VBZ", "VBN", "RB", "CD", "NN", "NNS",
            "DT", "NN");
    assertThat(tags("the/DT 1/CD trains/VBZ"))
        .as("one takes a verb in -s").containsExactly("DT", "CD", "VBZ");
  }

  @Test
  void anIrregularPastReadAsAPluralAfterLastIsTheVerb() {
    assertThat(tags("Ferry/NNP crews/NNS last/JJ struck/NNS in/IN June/NNP"))
        .containsExactly("NNP", "NNS", "JJ", "VBD", "IN", "NNP");
  }

  @Test
  void aParticipleAfterAndLastIsTheSecondVerbOfAPassivePair() {
    assertThat(tags("was/VBD built/VBN in/IN 1902/CD and/CC last/JJ rebuilt/NN in/IN 1988/CD"))
        .containsExactly("VBD", "VBN", "IN", "CD", "CC", "RB", "VBN", "IN", "CD");
    assertThat(tags("and/CC last/JJ renovated/JJ in/IN 2004/CD"))
        .containsExactly("CC", "RB", "VBN", "IN", "CD");
    assertThat(tags("the/DT first/JJ and/CC last/JJ chapter/NN in/IN it/PRP"))
        .as("a noun after 'last'").containsExactly("DT", "JJ", "CC", "JJ", "NN", "IN", "PRP");
  }

  @Test
  void modifiersTheTaggerReadAsVerbs() {
    assertThat(tags("a/DT closely/RB held/VBD firm/NN"))
        .containsExactly("DT", "RB", "JJ", "NN");
    assertThat(tags("shares/NNS are/VBP privately/RB held/VBN ./."))
        .containsExactly("NNS", "VBP", "RB", "JJ", ".");
    assertThat(tags("the/DT earning/VB power/NN"))
        .containsExactly("DT", "VBG", "NN");
  }

  @Test
  void aWordSharingAnInfinitivesToWithABareVerbIsABareVerb() {
    assertThat(tags("to/TO isolate/VB and/CC squeeze/JJ the/DT town/NN"))
        .containsExactly("TO", "VB", "CC", "VB", "DT", "NN");
    assertThat(tags("to/TO gather/JJ and/CC weigh/VB the/DT bids/NNS"))
        .containsExactly("TO", "VB", "CC", "VB", "DT", "NNS");
    assertThat(tags("to/TO free/JJ and/CC fair/JJ votes/NNS"))
        .containsExactly("TO", "JJ", "CC", "JJ", "NNS");
    assertThat(tags("tied/VBN to/TO trade/NN and/CC create/VB jobs/NNS"))
        .as("a noun may end the phrase after a preposition")
        .containsExactly("VBN", "TO", "NN", "CC", "VB", "NNS");
  }

  @Test
  void anIngAdjectiveAfterBeWithAnObjectIsAProgressive() {
    assertThat(tags("the/DT firm/NN was/VBD quietly/RB delaying/JJ construction/NN"))
        .containsExactly("DT", "NN", "VBD", "RB", "VBG", "NN");
    assertThat(tags("there/EX was/VBD lingering/JJ doubt/NN"))
        .containsExactly("EX", "VBD", "JJ", "NN");
    assertThat(tags("it/PRP was/VBD encouraging/JJ news/NN"))
        .containsExactly("PRP", "VBD", "JJ", "NN");
  }

  @Test
  void anEventNounReadAsAnAdjectiveWhereOnlyAHeadFitsIsANoun() {
    assertThat(tags("the/DT night/NN raid/JJ began/VBD"))
        .containsExactly("DT", "NN", "NN", "VBD");
    assertThat(tags("braced/VBN for/IN a/DT sharp/JJ slowdown/JJ ./."))
        .containsExactly("VBN", "IN", "DT", "JJ", "NN", ".");
    assertThat(tags("found/VBD the/DT remark/NN offensive/JJ in/IN tone/NN"))
        .as("a predicate adjective takes a preposition")
        .containsExactly("VBD", "DT", "NN", "JJ", "IN", "NN");
  }

  @Test
  void haveReadAsABareVerbAfterItsSubjectIsTheFinitePresentOfAPerfect() {
    assertThat(tags("the/DT rates/NNS ,/, a/DT gauge/NN ,/, have/VB fallen/VBN"))
        .containsExactly("DT", "NNS", ",", "DT", "NN", ",", "VBP", "VBN");
    assertThat(tags("the/DT growers/NNS have/VB quietly/RB agreed/VBN to/TO sell/VB"))
        .containsExactly("DT", "NNS", "VBP", "RB", "VBN", "TO", "VB");
    assertThat(tags("the/DT ferry/NN could/MD have/VB sailed/VBN"))
        .containsExactly("DT", "NN", "MD", "VB", "VBN");
    assertThat(tags("they/PRP seem/VBP to/TO have/VB left/VBN"))
        .containsExactly("PRP", "VBP", "TO", "VB", "VBN");
  }

  @Test
  void aPastTenseThatIsNoParticipleIsThePastTense() {
    assertThat(tags("the/DT ruling/NN came/VBN in/IN response/NN"))
        .containsExactly("DT", "NN", "VBD", "IN", "NN");
    assertThat(tags("the/DT ruling/NN was/VBD made/VBN"))
        .containsExactly("DT", "NN", "VBD", "VBN");
  }

  @Test
  void aSentenceWithoutRepairsIsReturnedAsIs() {
    List<Token> tokens = tagged("The/DT army/NN left/VBD ./.");
    assertThat(TagRepairs.repair(tokens)).isSameAs(tokens);
  }
}
