import { COLUMNS, ROLE_CARDS, type Column } from '../../engine/roles/cards';
import {
  dealOrder,
  emptySorterState,
  isComplete,
  parseSorterState,
  placeCard,
  score,
  unplace,
  type SorterState,
} from '../../engine/roles/sorter';
import { appStorage } from '../../state/storage.svelte';

const STORE_ID = 'role-sorter';

export const COLUMN_LABELS: Record<Column, string> = {
  'data-scientist': 'Data Scientist',
  'ml-engineer': 'ML Engineer',
  both: 'Both',
};

export { COLUMNS };

/** The Role sorter's state: placements (saved on the device), the seeded deal, the score. */
export class RoleSorterController {
  state = $state.raw<SorterState>(emptySorterState());
  readonly deck = $derived.by(() => dealOrder(this.seed()));
  readonly score = $derived(score(this.state));
  readonly complete = $derived(isComplete(this.state));
  readonly unplacedCards = $derived(this.#unplaced());

  /** The seed is read through a getter so a scenario reset re-deals the deck. */
  constructor(private readonly seed: () => number) {}

  /** False until the saved placements are read: a card placed before that would be overwritten by them. */
  loaded = $state(false);

  async load(): Promise<void> {
    try {
      const saved = await appStorage.repo.getInteractiveState(STORE_ID);
      this.state = parseSorterState(saved?.state);
    } finally {
      this.loaded = true;
    }
  }

  place(cardId: string, column: Column): void {
    this.#set(placeCard(this.state, cardId, column));
  }

  takeBack(cardId: string): void {
    this.#set(unplace(this.state, cardId));
  }

  reset(): void {
    this.#set(emptySorterState());
  }

  cardsIn(column: Column) {
    return this.deck.filter((card) => this.state.placements[card.id] === column);
  }

  #unplaced() {
    return this.deck.filter((card) => !Object.hasOwn(this.state.placements, card.id));
  }

  #set(next: SorterState): void {
    if (next === this.state) return;
    this.state = next;
    void appStorage.write((repo) => repo.putInteractiveState(STORE_ID, next));
  }
}

export const TOTAL_CARDS = ROLE_CARDS.length;
