/** Agents: the people who handle contacts, with their work mode, site, team, contract and skills. */
package org.openwfm.web.domain.model.agent;
