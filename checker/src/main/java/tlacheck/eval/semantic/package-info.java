/**
 * Module loading: reads the root module and every module it extends or instantiates (standard
 * modules come from {@code eval.stdlib}, others from files beside the spec), and builds each
 * module's scope of names: its variables (with their state slots), constants, definitions and
 * instances. It imports {@code eval} (scopes and user operators), {@code eval.stdlib},
 * {@code syntax} and {@code source}; it does not compile: definitions are compiled on first use.
 */
package tlacheck.eval.semantic;
