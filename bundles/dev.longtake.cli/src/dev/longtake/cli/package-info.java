/**
 * Conventions shared by every {@code longtake} command: exit codes and failures. Commands
 * themselves live in the internal package of this bundle.
 */
package dev.longtake.cli;
