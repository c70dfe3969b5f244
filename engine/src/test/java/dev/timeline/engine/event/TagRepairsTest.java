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
    assertThat(tags("Iraq/NNP would/MD retaliate/JJ against/IN Venezuela/NNP"))
        .containsExactly("NNP", "MD", "VB", "IN", "NNP");
    assertThat(tags("Qantas/NNP will/MD almost/RB double/JJ its/PRP$ flights/NNS"))
        .containsExactly("NNP", "MD", "RB", "VB", "PRP$", "NNS");
    assertThat(tags("prices/NNS will/MD likely/JJ fall/VB"))
        .containsExactly("NNS", "MD", "JJ", "VB");
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
  void aPastFormBetweenSubjectAndNumberIsAFiniteVerbAndTheSubjectANoun() {
    assertThat(tags("Gas/NN prices/NNS fell/JJ nearly/RB two/CD cents/NNS"))
        .containsExactly("NN", "NNS", "VBD", "RB", "CD", "NNS");
    assertThat(tags("BellSouth/NNP shares/VBZ fell/JJ 87.5/CD cents/NNS"))
        .containsExactly("NNP", "NNS", "VBD", "CD", "NNS");
    assertThat(tags("a/DT prosecution/NN unrelated/JJ to/TO drugs/NNS"))
        .containsExactly("DT", "NN", "JJ", "TO", "NNS");
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
    assertThat(tags("Telerate's/VB two/CD directors/NNS rejected/VBD it/PRP"))
        .containsExactly("NN", "CD", "NNS", "VBD", "PRP");
    assertThat(tags("Declining/VB issues/NNS outnumbered/VBD advancers/NNS"))
        .containsExactly("JJ", "NNS", "VBD", "NNS");
    assertThat(tags("he/PRP said/VBD shareholders/VBZ approved/VBD the/DT sale/NN"))
        .containsExactly("PRP", "VBD", "NNS", "VBD", "DT", "NN");
    assertThat(tags("a/DT friend/NN of/IN Rudolph/VB worked/VBD there/RB"))
        .containsExactly("DT", "NN", "IN", "NNP", "VBD", "RB");
    assertThat(tags("CMS/VBZ ENERGY/NNP said/VBD"))
        .containsExactly("VBZ", "NNP", "VBD");
    assertThat(tags("which/WP it/PRP claims/VBZ were/VBD put/VBN in/IN place/NN"))
        .containsExactly("WP", "PRP", "VBZ", "VBD", "VBN", "IN", "NN");
  }

  @Test
  void aSentenceWithoutRepairsIsReturnedAsIs() {
    List<Token> tokens = tagged("The/DT army/NN left/VBD ./.");
    assertThat(TagRepairs.repair(tokens)).isSameAs(tokens);
  }
}
