/**
 * The REST API under {@code /api}: HTTP Basic authentication, every resource method declares its roles, errors
 * as JSON objects with a message (never a stack trace).
 */
package org.openwfm.web.interfaces.rest;
