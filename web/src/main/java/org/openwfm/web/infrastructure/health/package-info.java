/** MicroProfile Health checks served at {@code /health}. */
package org.openwfm.web.infrastructure.health;
