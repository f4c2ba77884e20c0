package org.openwfm.web.application;

import java.util.List;

/**
 * The editable fields of an agent, with the version the editor read.
 *
 * @param workMode OFFICE, HYBRID or REMOTE
 * @param homeTimeZone an IANA zone such as Europe/Tallinn
 * @param skills the complete new skill set
 */
public record AgentEdit(
    long version,
    String firstName,
    String lastName,
    String workMode,
    String homeTimeZone,
    List<AgentSummary.SkillLevel> skills) {}
