import { cloneElement, isValidElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

type Props = { children?: ReactNode }

/**
 * Renders a server component tree to HTML the way the admin's React server renders it: async
 * components (such as the dashboard's announced changes) are awaited first, which
 * `renderToStaticMarkup` cannot do by itself.
 */
export async function renderServer(node: ReactNode): Promise<string> {
  return renderToStaticMarkup(await resolveAsync(node))
}

async function resolveAsync(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolveAsync))
  if (!isValidElement<Props>(node)) return node
  if (typeof node.type === 'function' && node.type.constructor.name === 'AsyncFunction') {
    const component = node.type as (props: Props) => Promise<ReactNode>
    return resolveAsync(await component(node.props))
  }
  if (node.props.children === undefined) return node
  return cloneElement(node, undefined, await resolveAsync(node.props.children))
}
