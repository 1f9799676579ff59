/** Chart colours: the stylesheet's variables, read once so charts match the theme. */
export const palette = {
  up: '#2f8f5b',
  down: '#c2453d',
  total: '#1f4e5f',
  accent: '#d98e04',
  muted: '#9aa7ad',
  text: '#26343a',
  grid: '#e3e8ea',
};
