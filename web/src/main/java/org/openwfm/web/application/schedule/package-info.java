/**
 * Schedule generation and editing: the adapter between the database rows and the scheduling engine, the
 * background solve, writing shifts back, hand edits checked by the engine's rules, publication and coverage.
 */
package org.openwfm.web.application.schedule;
