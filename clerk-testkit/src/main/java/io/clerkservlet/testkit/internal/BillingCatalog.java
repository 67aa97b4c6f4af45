package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake instance's billing plans: {@code free_user} (default user plan), {@code pro} (user,
 * $20 a month, 14-day free trial) and {@code team} (organization, $50 a month). Plans are
 * immutable maps in the {@code CommercePlan} shape.
 */
public final class BillingCatalog {
  private final List<Map<String, Object>> plans = new ArrayList<>();

  /** Seeds the plans. */
  public BillingCatalog() {
    plans.add(plan("Free", "free_user", "user", 0, true, null,
        feature("Basic dashboard", "basic_dashboard")));
    plans.add(plan("Pro", "pro", "user", 2000, false, 14L,
        feature("Basic dashboard", "basic_dashboard"), feature("Priority support", "priority_support")));
    plans.add(plan("Team", "team", "org", 5000, false, null,
        feature("Shared workspaces", "shared_workspaces")));
  }

  /** Every plan, in catalog order. */
  public List<Map<String, Object>> all() {
    return Collections.unmodifiableList(plans);
  }

  /** A plan by slug, or null. */
  public Map<String, Object> bySlug(String slug) {
    for (Map<String, Object> p : plans) {
      if (p.get("slug").equals(slug)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The plan in the older {@code CommercePlan} shape that some answers (extend free trial) still
   * use: the modern fields plus flat amounts and {@code payer_type}.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> legacyView(Map<String, Object> plan) {
    Map<String, Object> v = new LinkedHashMap<>(plan);
    Map<String, Object> fee = (Map<String, Object>) plan.get("fee");
    Map<String, Object> annual = (Map<String, Object>) plan.get("annual_fee");
    Map<String, Object> annualMonthly = (Map<String, Object>) plan.get("annual_monthly_fee");
    v.put("amount", fee.get("amount"));
    v.put("amount_formatted", fee.get("amount_formatted"));
    v.put("annual_monthly_amount", annualMonthly.get("amount"));
    v.put("annual_monthly_amount_formatted", annualMonthly.get("amount_formatted"));
    v.put("annual_amount", annual.get("amount"));
    v.put("annual_amount_formatted", annual.get("amount_formatted"));
    v.put("currency_symbol", "$");
    v.put("currency", "USD");
    v.put("payer_type", Collections.singletonList(plan.get("for_payer_type")));
    return v;
  }

  @SafeVarargs
  private static Map<String, Object> plan(String name, String slug, String payerType, long cents,
      boolean isDefault, Long trialDays, Map<String, Object>... features) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("object", "commerce_plan");
    p.put("id", Ids.word27("cplan_"));
    p.put("name", name);
    p.put("fee", money(cents));
    p.put("annual_monthly_fee", money(cents * 8 / 10));
    p.put("annual_fee", money(cents * 8 / 10 * 12));
    p.put("description", name + " plan");
    p.put("product_id", Ids.word27("prod_"));
    p.put("is_default", isDefault);
    p.put("is_recurring", cents > 0);
    p.put("publicly_visible", true);
    p.put("has_base_fee", cents > 0);
    p.put("for_payer_type", payerType);
    p.put("slug", slug);
    p.put("avatar_url", "https://img.fake-clerk.test/plans/" + slug + ".png");
    List<Map<String, Object>> list = new ArrayList<>();
    Collections.addAll(list, features);
    p.put("features", Collections.unmodifiableList(list));
    p.put("free_trial_enabled", trialDays != null);
    p.put("free_trial_days", trialDays);
    return Collections.unmodifiableMap(p);
  }

  private static Map<String, Object> feature(String name, String slug) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("object", "feature");
    f.put("id", Ids.word27("feat_"));
    f.put("name", name);
    f.put("description", name + ".");
    f.put("slug", slug);
    f.put("avatar_url", "https://img.fake-clerk.test/features/" + slug + ".png");
    return Collections.unmodifiableMap(f);
  }

  private static Map<String, Object> money(long cents) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", cents);
    m.put("amount_formatted", String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100));
    m.put("currency", "USD");
    m.put("currency_symbol", "$");
    return Collections.unmodifiableMap(m);
  }
}
