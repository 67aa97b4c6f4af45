package io.clerkservlet.example;

/** HTML escaping for JSP EL: {@code ${Html.escape(clerkAuth.userId)}} (the page imports this class). */
public final class Html {
  private Html() {
  }

  /** {@code text} with {@code & < > " '} escaped; null gives "". */
  public static String escape(Object text) {
    if (text == null) {
      return "";
    }
    String s = text.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}
