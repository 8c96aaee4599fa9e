/**
 * The model configuration ({@code .cfg}) as TLC reads it: parsed into a
 * {@link tlacheck.config.ModelConfig} record that names what to check (INIT/NEXT or
 * SPECIFICATION, invariants, properties, constraints, constants, symmetry, view, alias,
 * postconditions). It imports only {@code source}; binding the names to the spec is the loader's
 * business ({@code spec}).
 */
package tlacheck.config;
