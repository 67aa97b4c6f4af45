package io.clerkservlet.surface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds public signatures that expose what users must not see: a type of an {@code internal}
 * package of this project, or a third-party type (Jackson, HttpClient 5, SLF4J).
 *
 * <p>It reads the classes of one code source (a {@code target/classes} folder or a jar), keeps the
 * public types outside {@code internal} packages (nested ones only when every enclosing type is
 * public), and checks their supertypes, type parameters, and public members (inherited ones too) and
 * protected members (of non-final types): constructors, methods and fields, with every generic argument,
 * bound and thrown type. Each finding names the type, the member and the exposed type.
 */
public final class PublicSurfaceScan {
  private static final List<String> THIRD_PARTY_PREFIXES =
      Arrays.asList("com.fasterxml.jackson.", "org.apache.hc.", "org.slf4j.");

  private PublicSurfaceScan() {
  }

  /** The findings for every class of the code source (folder or jar) that {@code anchor} was loaded from. */
  public static List<String> violationsInCodeSourceOf(Class<?> anchor) {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNamesIn(codeSource(anchor))) {
      try {
        types.add(Class.forName(name, false, anchor.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name, e);
      }
    }
    return violations(types);
  }

  /** The findings for these types, sorted; empty when none exposes a forbidden type. */
  public static List<String> violations(Iterable<Class<?>> types) {
    Set<String> found = new TreeSet<>();
    for (Class<?> type : types) {
      if (isApi(type)) {
        checkType(type, found);
      }
    }
    return new ArrayList<>(found);
  }

  /** Whether a type is a public type of a package that is not internal. */
  static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass() || isInternal(type)) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static void checkType(Class<?> type, Set<String> found) {
    String owner = type.getName();
    Type superclass = type.getGenericSuperclass();
    if (superclass != null) {
      check(owner, "superclass " + superclass.getTypeName(), superclass, found);
    }
    for (Type i : type.getGenericInterfaces()) {
      check(owner, "interface " + i.getTypeName(), i, found);
    }
    for (TypeVariable<?> v : type.getTypeParameters()) {
      check(owner, "type parameter " + v.getName(), v, found);
    }
    boolean extensible = !Modifier.isFinal(type.getModifiers());
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c, extensible)) {
        checkExecutable(owner, "constructor " + c.toGenericString(), c, found);
      }
    }
    Set<Method> methods = new HashSet<>(Arrays.asList(type.getMethods()));
    methods.addAll(Arrays.asList(type.getDeclaredMethods()));
    for (Method m : methods) {
      if (visible(m, extensible) && !m.isBridge()) {
        checkExecutable(owner, "method " + m.toGenericString(), m, found);
        check(owner, "method " + m.toGenericString(), m.getGenericReturnType(), found);
      }
    }
    Set<Field> fields = new HashSet<>(Arrays.asList(type.getFields()));
    fields.addAll(Arrays.asList(type.getDeclaredFields()));
    for (Field f : fields) {
      if (visible(f, extensible)) {
        check(owner, "field " + f.toGenericString(), f.getGenericType(), found);
      }
    }
  }

  private static boolean visible(Member member, boolean extensible) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic()
        && (Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers)));
  }

  private static void checkExecutable(String owner, String where, Executable e, Set<String> found) {
    for (Type p : e.getGenericParameterTypes()) {
      check(owner, where, p, found);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(owner, where, x, found);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      check(owner, where, v, found);
    }
  }

  private static void check(String owner, String where, Type type, Set<String> found) {
    Set<Class<?>> mentioned = new HashSet<>();
    collect(type, mentioned, new HashSet<>());
    for (Class<?> c : mentioned) {
      if (isInternal(c) || isThirdParty(c)) {
        found.add(owner + ": " + where + " exposes " + c.getName());
      }
    }
  }

  private static void collect(Type type, Set<Class<?>> into, Set<TypeVariable<?>> seen) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      into.add(c.isArray() ? c.getComponentType() : c);
      if (c.isArray()) {
        collect(c.getComponentType(), into, seen);
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      collect(p.getRawType(), into, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), into, seen);
      }
      for (Type a : p.getActualTypeArguments()) {
        collect(a, into, seen);
      }
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
          .forEach(b -> collect(b, into, seen));
    } else if (type instanceof TypeVariable) {
      TypeVariable<?> v = (TypeVariable<?>) type;
      if (seen.add(v)) {
        for (Type b : v.getBounds()) {
          collect(b, into, seen);
        }
      }
    } else if (type instanceof GenericArrayType) {
      collect(((GenericArrayType) type).getGenericComponentType(), into, seen);
    }
  }

  static boolean isInternal(Class<?> type) {
    String name = type.getName();
    return name.startsWith("io.clerkservlet.") && (name.contains(".internal.") || name.endsWith(".internal"));
  }

  static boolean isThirdParty(Class<?> type) {
    String name = type.getName();
    return THIRD_PARTY_PREFIXES.stream().anyMatch(name::startsWith);
  }

  private static Path codeSource(Class<?> anchor) {
    try {
      return Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> classNamesIn(Path source) {
    try {
      List<String> entries;
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.walk(source)) {
          entries = files.filter(Files::isRegularFile).map(f -> source.relativize(f).toString().replace('\\', '/'))
              .collect(Collectors.toList());
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
        }
      }
      List<String> names = entries.stream()
          .filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class") && !e.endsWith("package-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
      if (names.isEmpty()) {
        throw new IllegalStateException("no classes in " + source);
      }
      return Collections.unmodifiableList(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
