/** The {@code wfm} command line: one picocli subcommand per engine task, all calling the engines' public API. */
package org.openwfm.cli;
