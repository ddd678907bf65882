/** Event listeners added to the page, kept so that all of them can be taken off again when the checker stops. */
export class Listeners {
  private added: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  add(target: EventTarget, type: string, listener: EventListener, options: AddEventListenerOptions): void {
    target.addEventListener(type, listener, options);
    this.added.push([target, type, listener, options]);
  }

  removeAll(): void {
    for (const [target, type, listener, options] of this.added) target.removeEventListener(type, listener, options);
    this.added = [];
  }
}
