import type { DepartmentFieldsFragment } from '../graphql/generated/graphql';

export type Department = DepartmentFieldsFragment;

/** A department in the tree the pages show (Element Plus el-tree data). */
export interface DepartmentNode {
  id: string;
  name: string;
  directMemberCount: number;
  /** Its names from the top of what the viewer sees: 研发中心 / 前端组. */
  path: string;
  children: DepartmentNode[];
}

/**
 * The flat list the API gives (tree order: depth, position, name) as a tree. A department whose
 * parent is not in the list (outside a hierarchical administrator's scope) is a root.
 */
export function departmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of departments) {
    nodes.set(department.id, {
      id: department.id,
      name: department.name,
      directMemberCount: department.directMemberCount,
      path: department.name,
      children: [],
    });
  }
  const roots: DepartmentNode[] = [];
  // Parents come before their children in tree order (smaller depth first).
  const ordered = [...departments].sort((a, b) => a.depth - b.depth || a.position - b.position);
  for (const department of ordered) {
    const node = nodes.get(department.id);
    if (!node) continue;
    const parent = department.parent ? nodes.get(department.parent.id) : undefined;
    if (parent) {
      node.path = `${parent.path} / ${node.name}`;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Every node of a tree, parents before children (for pickers). */
export function flatten(nodes: readonly DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
