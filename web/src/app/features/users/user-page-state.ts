/** Router navigation state for the user page, after an invitation. */
export interface UserPageState {
  notice?: 'invited' | 'created';
}
