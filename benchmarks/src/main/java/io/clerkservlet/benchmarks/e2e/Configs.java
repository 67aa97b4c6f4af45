package io.clerkservlet.benchmarks.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The configurations of the table, each a path on the server and a {@code wrk} Lua script. */
final class Configs {
  /** One row: its id, what it is, the path it requests and its script. */
  static final class Config {
    final String id;
    final String label;
    final String path;
    final Path script;

    Config(String id, String label, String path, Path script) {
      this.id = id;
      this.label = label;
      this.path = path;
      this.script = script;
    }
  }

  private final List<Config> all;

  private Configs(List<Config> all) {
    this.all = all;
  }

  /** Writes the scripts (tokens inlined, or a token file for the rotating one) and lists the rows. */
  static Configs write(Path dir, List<String> tokens, String machineToken) throws IOException {
    Files.createDirectories(dir);
    Path tokenFile = dir.resolve("tokens.txt");
    Files.write(tokenFile, tokens);
    Path none = script(dir, "none.lua", "");
    Path same = script(dir, "same-jwt.lua", "wrk.headers[\"Authorization\"] = \"Bearer " + tokens.get(0) + "\"\n");
    Path mt = script(dir, "mt.lua", "wrk.headers[\"Authorization\"] = \"Bearer " + machineToken + "\"\n");
    // Each wrk thread has its own Lua state: thread n starts n/threads of the way into the list, so
    // no two threads send the same token close together (every request a repeat-cache miss).
    Path rotate = script(dir, "distinct-jwts.lua", String.join("\n",
        "local threads = 0",
        "function setup(thread) thread:set(\"id\", threads); threads = threads + 1 end",
        "function init(args)",
        "  tokens = {}",
        "  for line in io.lines(\"" + tokenFile.toAbsolutePath() + "\") do tokens[#tokens + 1] = line end",
        "  i = math.floor((id or 0) * #tokens / 2)",
        "end",
        "function request()",
        "  i = i % #tokens + 1",
        "  return wrk.format(nil, nil, {[\"Authorization\"] = \"Bearer \" .. tokens[i]})",
        "end", ""));
    List<Config> all = new ArrayList<>();
    all.add(new Config("none", "no filter", "/plain/", none));
    all.add(new Config("repeat", "clerk filter, the same session JWT (repeat-token cache hit)", "/session/", same));
    all.add(new Config("distinct", "clerk filter, " + tokens.size() + " distinct session JWTs (cold verify)",
        "/session/", rotate));
    all.add(new Config("mt", "clerk filter, one opaque mt_ token, no positive cache (coalesced verify calls)",
        "/m2m/", mt));
    all.add(new Config("mt-cached", "clerk filter, one opaque mt_ token, 60 s positive cache", "/m2m-cached/", mt));
    all.add(new Config("spring", "Spring Security 6.5 resource server (NimbusJwtDecoder), same JWT", "/spring/",
        same));
    return new Configs(all);
  }

  private static Path script(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  List<Config> all() {
    return all;
  }

  /** The rows starting at {@code shift} (mod size): each round begins with another one. */
  List<Config> rotated(int shift) {
    List<Config> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      out.add(all.get((i + shift) % all.size()));
    }
    return out;
  }
}
