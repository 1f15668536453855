/**
 * A typed array twice as long as `values`, starting with them: for arrays filled one value at a
 * time whose final length is not known (the collectors of a load, the import's event times).
 */
export function doubled(values: Float64Array): Float64Array<ArrayBuffer>;
export function doubled(values: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(
  values: Float64Array | Int32Array,
): Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> {
  const bigger =
    values instanceof Float64Array
      ? new Float64Array(values.length * 2)
      : new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
