/**
 * Use-case services: the transaction boundary between the interfaces (portal, REST) and the domain. They
 * return value records, never entities, so pages and resources cannot change persistent state by accident.
 */
package org.openwfm.web.application;
