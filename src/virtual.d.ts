declare module 'virtual:geo' {
  const history: import('./model/schema.ts').HistoryData;
  export default history;
}
declare module 'virtual:basemap' {
  const basemap: import('./map/basemap-module.ts').BasemapModule;
  export default basemap;
}
declare module 'virtual:control-areas' {
  const areas: import('./model/control-areas.ts').ControlAreaData;
  export default areas;
}
