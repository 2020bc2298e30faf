declare module 'virtual:content-graph' {
  const graph: import('./lib/content/graph-module').GraphModule;
  export default graph;
}
