/** Authentication (form log-in for the portal, HTTP Basic for the REST API), password hashing and headers. */
package org.openwfm.web.infrastructure.security;
