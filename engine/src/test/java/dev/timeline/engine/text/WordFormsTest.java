package dev.timeline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordFormsTest {
  private final WordForms forms = new WordForms(Optional.empty());

  @Test
  void aFormIsSharedWithItsLowerCasedForm() {
    WordForms.Form form = forms.of(new String("Harbour"));
    assertThat(form.lower).isEqualTo("harbour");
    assertThat(forms.of(new String("Harbour"))).isSameAs(form);
    WordForms.Form lower = forms.of(new String("harbour"));
    assertThat(lower.lower).isSameAs(lower.text);
  }

  @Test
  void textsWithSurrogatePairsAreLowerCasedOnce() {
    // toLowerCase copies such a text even when nothing changes.
    assertThat(forms.of("\uD83D\uDE00ok").lower).isEqualTo("\uD83D\uDE00ok");
    assertThat(forms.of("OK\uD83D\uDE00").lower).isEqualTo("ok\uD83D\uDE00");
  }
}
