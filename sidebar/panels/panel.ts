/** What every panel offers the shell: its element, a first load when shown, and a reload. */
export interface Panel {
  element: HTMLElement;
  /** Loads the panel's data (again) when it is shown. */
  show(): void;
  refresh(): Promise<void>;
}
