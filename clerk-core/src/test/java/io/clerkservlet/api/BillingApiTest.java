package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.BillingPlan;
import io.clerkservlet.model.BillingSubscription;
import io.clerkservlet.model.BillingSubscriptionItem;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BillingApiTest {
  private static final String USER = "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk";
  private static final String ORG = "org_2xhFjEI5X2qWRvtV13BzSj8H6Dk";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private BillingApi api() {
    return clerk.client().billing();
  }

  @Test
  void getPlanListReturnsPlansWithFeesAndFeatures() {
    PaginatedResourceResponse<BillingPlan> all = api().getPlanList();
    assertThat(all.getData()).extracting(BillingPlan::getSlug).containsExactly("free_user", "pro", "team");
    assertThat(all.getTotalCount()).isEqualTo(3);

    BillingPlan pro = all.getData().get(1);
    assertThat(pro.getObject()).isEqualTo("commerce_plan");
    assertThat(pro.getId()).startsWith("cplan_");
    assertThat(pro.getForPayerType()).isEqualTo("user");
    assertThat(pro.getFee().getAmount()).isEqualTo(2000);
    assertThat(pro.getFee().getAmountFormatted()).isEqualTo("20.00");
    assertThat(pro.getFee().getCurrency()).isEqualTo("USD");
    assertThat(pro.getAnnualFee()).isNotNull();
    assertThat(pro.isRecurring()).isTrue();
    assertThat(pro.isDefault()).isFalse();
    assertThat(pro.isFreeTrialEnabled()).isTrue();
    assertThat(pro.getFreeTrialDays()).isEqualTo(14L);
    assertThat(pro.getFeatures()).extracting(f -> f.getSlug())
        .containsExactly("basic_dashboard", "priority_support");
    assertThat(all.getData().get(0).isDefault()).isTrue();
  }

  @Test
  void getPlanListFiltersByPayerTypeAndPages() {
    PaginatedResourceResponse<BillingPlan> orgPlans = api().getPlanList(
        GetBillingPlanListParams.builder().payerType("org").build());
    assertThat(orgPlans.getData()).extracting(BillingPlan::getSlug).containsExactly("team");

    PaginatedResourceResponse<BillingPlan> page = api().getPlanList(
        GetBillingPlanListParams.builder().payerType("user").limit(1).offset(1).build());
    assertThat(page.getData()).extracting(BillingPlan::getSlug).containsExactly("pro");
    assertThat(page.getTotalCount()).isEqualTo(2);
    assertThat(clerk.fake().exchanges("GET", "/v1/billing/plans").get(1).getRawQuery())
        .isEqualTo("payer_type=user&limit=1&offset=1");
  }

  @Test
  void getUserBillingSubscriptionReturnsItsItemsWithThePlan() {
    String itemId = clerk.fake().createBillingSubscription(USER, "pro");

    BillingSubscription sub = api().getUserBillingSubscription(USER);

    assertThat(sub.getObject()).isEqualTo("commerce_subscription");
    assertThat(sub.getStatus()).isEqualTo("active");
    assertThat(sub.getActiveAt()).isNotNull();
    assertThat(sub.getSubscriptionItems()).hasSize(1);
    BillingSubscriptionItem item = sub.getSubscriptionItems().get(0);
    assertThat(item.getId()).isEqualTo(itemId);
    assertThat(item.getStatus()).isEqualTo("active");
    assertThat(item.isFreeTrial()).isTrue();
    assertThat(item.getPlan().getSlug()).isEqualTo("pro");
    assertThat(item.getPlanId()).isEqualTo(item.getPlan().getId());
    assertThat(item.getPayerId()).isEqualTo(sub.getPayerId());
    assertThat(item.getPeriodEnd() - item.getPeriodStart()).isEqualTo(Duration.ofDays(14).toMillis());
  }

  @Test
  void getOrganizationBillingSubscriptionUsesTheOrganizationPath() {
    clerk.fake().createBillingSubscription(ORG, "team");

    BillingSubscription sub = api().getOrganizationBillingSubscription(ORG);

    assertThat(sub.getSubscriptionItems().get(0).getPlan().getForPayerType()).isEqualTo("org");
    assertThat(clerk.fake().exchanges("GET", "/v1/organizations/" + ORG + "/billing/subscription"))
        .hasSize(1);
  }

  @Test
  void subscriptionOfAPayerWithoutOneIs404() {
    assertNotFound(() -> api().getUserBillingSubscription(USER));
    assertNotFound(() -> api().getOrganizationBillingSubscription(ORG));
  }

  @Test
  void cancelAtPeriodEndMarksTheItemCanceledAndEndNowEndsIt() {
    String itemId = clerk.fake().createBillingSubscription(USER, "free_user");

    BillingSubscriptionItem canceled = api().cancelSubscriptionItem(itemId);
    assertThat(canceled.getStatus()).isEqualTo("canceled");
    assertThat(canceled.getCanceledAt()).isNotNull();
    assertThat(canceled.getEndedAt()).isNull();
    assertThat(clerk.fake().exchanges("DELETE", "/v1/billing/subscription_items/" + itemId).get(0)
        .getRawQuery()).isNull();

    BillingSubscriptionItem ended = api().cancelSubscriptionItem(itemId, true);
    assertThat(ended.getStatus()).isEqualTo("ended");
    assertThat(ended.getEndedAt()).isNotNull();
    assertThat(clerk.fake().exchanges("DELETE", "/v1/billing/subscription_items/" + itemId).get(1)
        .getRawQuery()).isEqualTo("end_now=true");
    assertThat(api().getUserBillingSubscription(USER).getStatus()).isEqualTo("ended");
  }

  @Test
  void cancelOfAnUnknownItemIs404() {
    assertNotFound(() -> api().cancelSubscriptionItem("csubi_unknown", true));
  }

  @Test
  void extendFreeTrialMovesTheEndOfTheTrialAndSendsAnIsoTimestamp() {
    String itemId = clerk.fake().createBillingSubscription(USER, "pro");
    Instant extendTo = Instant.ofEpochMilli(clerk.fake().clock().millis())
        .plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    BillingSubscriptionItem item = api().extendSubscriptionItemFreeTrial(itemId, extendTo);

    assertThat(item.getPeriodEnd()).isEqualTo(extendTo.toEpochMilli());
    assertThat(item.isFreeTrial()).isTrue();
    assertThat(item.getPlan().getSlug()).isEqualTo("pro");
    assertThat(clerk.fake().exchanges("POST", "/v1/billing/subscription_items/" + itemId
        + "/extend_free_trial").get(0).getRequestBody())
        .isEqualTo("{\"extend_to\":\"" + extendTo.toString().replace("Z", ".000Z") + "\"}");
    assertThat(api().getUserBillingSubscription(USER).getSubscriptionItems().get(0).getPeriodEnd())
        .isEqualTo(extendTo.toEpochMilli());
  }

  @Test
  void extendFreeTrialOfAnItemWithoutTrialIs422() {
    String itemId = clerk.fake().createBillingSubscription(ORG, "team");
    assertThatThrownBy(() -> api().extendSubscriptionItemFreeTrial(itemId,
        Instant.now().plus(Duration.ofDays(60))))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(422));
  }

  @Test
  void callsWithAWrongSecretKeyAre401() {
    try (ClerkClient wrong = clerk.clientBuilder().secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.billing().getPlanList())
          .isInstanceOfSatisfying(ClerkApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCode()).isEqualTo("clerk_key_invalid");
          });
    }
  }

  @Test
  void fakeRefusesPlansForTheWrongPayerType() {
    assertThatThrownBy(() -> clerk.fake().createBillingSubscription(ORG, "pro"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paramsValidateWithExactMessagesBeforeAnyCall() {
    assertThatThrownBy(() -> GetBillingPlanListParams.builder().payerType("team").build())
        .hasMessage("payerType must be org or user");
    assertThatThrownBy(() -> GetBillingPlanListParams.builder().limit(501).build())
        .hasMessage("limit must be between 1 and 500");
    assertThatThrownBy(() -> GetBillingPlanListParams.builder().offset(-1).build())
        .hasMessage("offset must not be negative");
    assertThatThrownBy(() -> api().extendSubscriptionItemFreeTrial("csubi_1", null))
        .hasMessage("extendTo is required");
    assertThatThrownBy(() -> api().cancelSubscriptionItem(""))
        .hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> api().getUserBillingSubscription("../jwks"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  private static void assertNotFound(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(404));
  }
}
