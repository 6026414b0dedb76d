/**
 * The sites' names beside their markers, for the SiteMarkers layer: one element per site in the
 * markers' element, so that a zoom animation carries names and markers together. Names are
 * decorative for assistive technology (each marker is named by its aria-label). Where each goes is
 * worked out by placeSiteLabels; from which zoom a site is named, by nameZoom.
 */
import type { Site } from '../model/history.ts';
import type { Lang } from '../model/time.ts';
import type { ScreenPoint } from '../placement/declutter.ts';
import { MARKER_FOOTPRINTS, MARKER_SIZE } from '../symbols/marker-icon.ts';
import type { SiteState } from '../model/schema.ts';
import { nameZoom, occupiedBoxes, placeSiteLabels, type Box, type LabelledMarker } from '../placement/site-labels.ts';

export class SiteNames {
  private readonly sites: readonly Site[];
  /** The sites' indices in the order their names are placed (see rank). */
  private readonly order: readonly number[];
  private elements: HTMLElement[] = [];
  private lang: Lang | undefined;
  /** Each name's size in pixels, measured when its text was last written (undefined: to be measured). */
  private sizes: { width: number; height: number }[] | undefined;

  constructor(sites: readonly Site[]) {
    this.sites = sites;
    this.order = sites.map((_, i) => i).sort((a, b) => rank(sites[a]) - rank(sites[b]) || a - b);
  }

  /** Makes the names' elements in `container`. */
  mount(container: HTMLElement): void {
    this.elements = this.sites.map((site) => {
      const name = document.createElement('div');
      name.className = 'site-name';
      name.dataset.siteId = site.id;
      name.setAttribute('aria-hidden', 'true');
      return name;
    });
    container.append(...this.elements);
    this.lang = undefined;
    this.sizes = undefined;
  }

  unmount(): void {
    for (const name of this.elements) name.remove();
    this.elements = [];
  }

  /** Writes the names in `lang`; they are measured again at the next `place`. */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.elements.forEach((name, i) => {
      name.textContent = this.sites[i]?.name[lang] ?? '';
    });
    this.sizes = undefined;
  }

  /** The names are to be measured again (their typeface has loaded). */
  remeasure(): void {
    this.sizes = undefined;
  }

  /**
   * Shows the names the zoom allows beside the markers at `points` (the markers' centres in layer
   * pixels, in the order of the sites, drawn for `states`), where they overlap no marker and no other name; returns
   * what other labels must keep clear of (see occupiedBoxes).
   */
  place(points: readonly ScreenPoint[], states: readonly SiteState[], zoom: number): Box[] {
    // One read of the layout for all the names, after their texts were written.
    const sizes = (this.sizes ??= this.elements.map((name) => ({ width: name.offsetWidth + 1, height: name.offsetHeight })));
    const markers: LabelledMarker[] = this.order.map((i) => {
      const site = this.sites[i];
      const { x, y } = points[i] ?? { x: 0, y: 0 };
      const size = sizes[i];
      const footprint = MARKER_FOOTPRINTS[states[i] ?? 'contested'];
      return site && size && size.width > 1 && zoom >= nameZoom(site) ? { x, y, footprint, label: size } : { x, y, footprint };
    });
    const labels = placeSiteLabels(markers);
    this.order.forEach((i, k) => {
      const name = this.elements[i];
      const box = labels[k];
      if (!name) return;
      name.classList.toggle('is-shown', box !== undefined);
      if (!box) return;
      name.dataset.side = box.side;
      name.style.left = `${Math.round(box.left)}px`;
      name.style.top = `${Math.round(box.top)}px`;
    });
    return occupiedBoxes(markers, labels, MARKER_SIZE);
  }
}

/** Sites named from the start come first, then key sites, then the rest; key sites first within each. */
function rank(site: Site | undefined): number {
  return site ? 2 * nameZoom(site) + (site.key ? 0 : 1) : Number.POSITIVE_INFINITY;
}
