/** The contact-centre scheduling model: agents, contracts, sites, queues, requirements and agent days. */
package org.openwfm.scheduling.domain;
