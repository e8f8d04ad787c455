// opencc-js ships its dictionaries as plain JS modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "traditional simplified|traditional simplified|…", one character pair per entry. */
  const dict: string
  export default dict
}
