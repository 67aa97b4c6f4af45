package io.clerkservlet.model;

/** An amount of money as Clerk Billing shows it: minor units plus a formatted text. */
public final class BillingMoney {
  private long amount;
  private String amountFormatted;
  private String currency;
  private String currencySymbol;

  private BillingMoney() {
  }

  /** The amount in the currency's minor units (cents for USD). */
  public long getAmount() {
    return amount;
  }

  /** The amount formatted in major units, for example {@code 20.00}. */
  public String getAmountFormatted() {
    return amountFormatted;
  }

  /** The ISO 4217 currency code, for example {@code USD}. */
  public String getCurrency() {
    return currency;
  }

  /** The currency symbol, for example {@code $}. */
  public String getCurrencySymbol() {
    return currencySymbol;
  }

  @Override
  public String toString() {
    return currencySymbol + amountFormatted + " " + currency;
  }
}
