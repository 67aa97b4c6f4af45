package io.clerkservlet.internal.json;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Deep-immutable JSON values: maps and lists that refuse every change, down to the last nested map
 * or list, so a value handed out by a cache can be shared between requests and threads. Scalars
 * (strings, numbers, booleans, null) are immutable already and kept as they are. A value this class
 * made is recognised and never copied again.
 */
public final class Frozen {
  private Frozen() {
  }

  /**
   * Freezes a freshly parsed JSON object that nothing else references, without copying it: its
   * {@code HashMap}s and {@code ArrayList}s (what Jackson builds) are frozen where they are and
   * wrapped; any other map or list inside is copied.
   */
  public static Map<String, Object> adopt(Map<String, Object> parsed) {
    return map(parsed, true);
  }

  /** A deep-immutable copy of {@code map}, or {@code map} itself when this class made it; null stays null. */
  public static <V> Map<String, V> copyOf(Map<String, V> map) {
    return map(map, false);
  }

  /** A deep-immutable copy of {@code list}, or {@code list} itself when this class made it; null stays null. */
  public static <E> List<E> copyOf(List<E> list) {
    return list(list, false);
  }

  /** {@code value} deep-immutable: a map or list as by {@code copyOf}, anything else as it is. */
  public static Object valueOf(Object value) {
    return value(value, false);
  }

  @SuppressWarnings("unchecked")
  private static Object value(Object value, boolean owned) {
    if (value instanceof Map) {
      return map((Map<String, Object>) value, owned);
    }
    if (value instanceof List) {
      return list((List<Object>) value, owned);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> map(Map<String, V> map, boolean owned) {
    if (map == null || map instanceof FrozenMap) {
      return map;
    }
    if (owned && map instanceof HashMap) {
      for (Map.Entry<String, V> e : map.entrySet()) {
        e.setValue((V) value(e.getValue(), true));
      }
      return new FrozenMap<>(map);
    }
    Map<String, V> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    for (Map.Entry<String, V> e : map.entrySet()) {
      copy.put(e.getKey(), (V) value(e.getValue(), false));
    }
    return new FrozenMap<>(copy);
  }

  @SuppressWarnings("unchecked")
  private static <E> List<E> list(List<E> list, boolean owned) {
    if (list == null || list instanceof FrozenList) {
      return list;
    }
    if (owned && list instanceof ArrayList) {
      for (int i = 0; i < list.size(); i++) {
        list.set(i, (E) value(list.get(i), true));
      }
      return new FrozenList<>(list);
    }
    List<E> copy = new ArrayList<>(list.size());
    for (E item : list) {
      copy.add((E) value(item, false));
    }
    return new FrozenList<>(copy);
  }

  /** A map no one can change: its only reference to the contents is an unmodifiable view. */
  private static final class FrozenMap<V> extends AbstractMap<String, V> {
    private final Map<String, V> view;

    FrozenMap(Map<String, V> contents) {
      this.view = Collections.unmodifiableMap(contents);
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
      return view.entrySet();
    }

    @Override
    public V get(Object key) {
      return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return view.containsKey(key);
    }

    @Override
    public int size() {
      return view.size();
    }
  }

  /** A list no one can change. */
  private static final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> contents;

    FrozenList(List<E> contents) {
      this.contents = contents;
    }

    @Override
    public E get(int index) {
      return contents.get(index);
    }

    @Override
    public int size() {
      return contents.size();
    }
  }
}
