/**
 * opencc-js ships each dictionary as a module of its own ("opencc-js/dict/TSCharacters": the
 * string "src dst|src dst|…"), without type declarations; simplify.ts imports only those it uses.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
