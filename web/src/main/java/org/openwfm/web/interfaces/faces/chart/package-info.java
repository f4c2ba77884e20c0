/** Chart.js configurations for PrimeFaces {@code p:chart}, built from series of numbers. */
package org.openwfm.web.interfaces.faces.chart;
