package io.clerkservlet.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deep-immutable JSON values: nothing nested can change, and nothing frozen is copied again. */
class FrozenTest {
  private static Map<String, Object> tree() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("rol", "member");
    org.put("per", new ArrayList<Object>(Arrays.asList("read", new LinkedHashMap<String, Object>())));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("sub", "user_1");
    root.put("o", org);
    root.put("fva", new ArrayList<Object>(Arrays.asList(3, -1)));
    root.put("none", null);
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void assertDeeplyImmutable(Map<String, Object> frozen) {
    Map<String, Object> org = (Map<String, Object>) frozen.get("o");
    List<Object> per = (List<Object>) org.get("per");
    assertThatThrownBy(() -> frozen.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.put("rol", "admin")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> per.add("manage")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) per.get(1)).put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) frozen.get("fva")).sort(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void whenCopiedThenEqualDeeplyImmutableAndIndependentOfTheSource() {
    Map<String, Object> source = tree();
    Map<String, Object> frozen = Frozen.copyOf(source);
    assertThat(frozen).isEqualTo(tree()).hasSameHashCodeAs(tree());
    assertDeeplyImmutable(frozen);
    @SuppressWarnings("unchecked")
    Map<String, Object> sourceOrg = (Map<String, Object>) source.get("o");
    sourceOrg.put("rol", "admin");
    source.put("sub", "user_2");
    assertThat(frozen).isEqualTo(tree());
  }

  @Test
  void whenAdoptedThenFrozenInPlaceWithoutCopyingNestedValues() {
    Map<String, Object> parsed = tree();
    List<?> per = (List<?>) ((Map<?, ?>) parsed.get("o")).get("per");
    Map<String, Object> frozen = Frozen.adopt(parsed);
    assertThat(frozen).isEqualTo(tree());
    assertDeeplyImmutable(frozen);
    List<?> frozenPer = (List<?>) ((Map<?, ?>) frozen.get("o")).get("per");
    assertThat(frozenPer.get(1)).as("the parsed list now holds the frozen map: wrapped, not copied")
        .isSameAs(per.get(1));
  }

  @Test
  void whenAlreadyFrozenThenTheSameInstanceIsReturned() {
    Map<String, Object> frozen = Frozen.copyOf(tree());
    assertThat(Frozen.copyOf(frozen)).isSameAs(frozen);
    assertThat(Frozen.adopt(frozen)).isSameAs(frozen);
    assertThat(Frozen.valueOf(frozen.get("fva"))).isSameAs(frozen.get("fva"));
    Map<String, Object> wrapper = new LinkedHashMap<>(frozen);
    assertThat(Frozen.copyOf(wrapper).get("o")).as("nested frozen values are shared, not copied")
        .isSameAs(frozen.get("o"));
  }

  @Test
  void whenUnmodifiableViewOfAMutableMapThenCopied() {
    Map<String, Object> source = tree();
    Map<String, Object> frozen = Frozen.copyOf(Collections.unmodifiableMap(source));
    source.put("sub", "user_2");
    assertThat(frozen.get("sub")).isEqualTo("user_1");
  }

  @Test
  void whenNullOrScalarThenKeptAsItIs() {
    assertThat(Frozen.copyOf((Map<String, Object>) null)).isNull();
    assertThat(Frozen.copyOf((List<Object>) null)).isNull();
    assertThat(Frozen.valueOf(null)).isNull();
    assertThat(Frozen.valueOf("aud")).isEqualTo("aud");
    assertThat(Frozen.valueOf(42L)).isEqualTo(42L);
  }
}
