package org.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
  @Test
  void aFieldIsFilledInWithoutTouchingTheSameWordsInsideAString() throws Exception {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("text", "a quote: \"story\":null, \"timeline\":null");
    o.putNull("story");
    o.putNull("duplicate_of");
    String line = ContractJson.line(o);
    String filled = ContractJson.withField(ContractJson.withField(line, "story", "s1\"x"), "duplicate_of", null);
    JsonNode back = ContractJson.mapper().readTree(filled);
    assertThat(back.get("text").asText()).isEqualTo("a quote: \"story\":null, \"timeline\":null");
    assertThat(back.get("story").asText()).isEqualTo("s1\"x");
    assertThat(back.get("duplicate_of").isNull()).isTrue();
    assertThatThrownBy(() -> ContractJson.withField(line, "timeline", "t1")).isInstanceOf(IllegalArgumentException.class);
  }
}
