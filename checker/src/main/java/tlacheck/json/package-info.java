/**
 * A small JSON reader and writer for the reports and manifests (no dependency is needed for
 * so little). It imports nothing of the project.
 */
package tlacheck.json;
