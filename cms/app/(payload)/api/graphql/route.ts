import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { hideSuggestionsFromAnonymous } from '../../../../serve/graphqlSuggestions'

export const POST = hideSuggestionsFromAnonymous(GRAPHQL_POST(config), config)
export const OPTIONS = REST_OPTIONS(config)
