package io.ccsim.run;

import io.ccsim.stats.Estimate;

/**
 * Journey KPIs over issues (a first contact and its follow-ups) whose first contact arrived in the
 * measurement window and that closed before the run ended; field names are {@code summary.json} keys.
 *
 * @param issues issues closed per replication
 * @param contactsPerIssue contacts per issue
 * @param repeatContactRate share of contacts that follow up an earlier contact of the same issue
 * @param channelSwitchesPerIssue follow-ups on another channel than the contact before, per issue
 * @param resolvedRate share of issues resolved (the rest: the customer gave up)
 * @param timeToResolutionSeconds from the first contact's arrival to resolution, resolved issues only
 * @param workloadSecondsPerIssue total handle time of an issue's contacts: the workload an issue causes
 * @param openAtEnd counted issues still open when the run ended
 */
public record JourneySummary(
    Estimate issues,
    Estimate contactsPerIssue,
    Estimate repeatContactRate,
    Estimate channelSwitchesPerIssue,
    Estimate resolvedRate,
    Estimate timeToResolutionSeconds,
    Estimate workloadSecondsPerIssue,
    Estimate openAtEnd) {}
