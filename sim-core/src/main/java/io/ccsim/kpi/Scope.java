package io.ccsim.kpi;

/** What a KPI is measured on: one channel, one agent group, or the customer journeys of the whole run. */
public enum Scope { CHANNEL, GROUP, JOURNEY }
