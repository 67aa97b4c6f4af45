package io.clerkservlet.example.javax;

import java.util.Map;

/** The business view of {@link CallerBean}: who the EJB container says is calling. */
public interface Caller {
  /** The caller principal's name and two {@code isCallerInRole} answers. */
  Map<String, Object> whoAmI();
}
