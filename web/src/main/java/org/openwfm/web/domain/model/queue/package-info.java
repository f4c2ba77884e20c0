/** Queues: a channel and skill line (e.g. voice-et) with its service-level target. */
package org.openwfm.web.domain.model.queue;
